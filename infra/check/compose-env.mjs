// Turns `docker-compose config` output (standard input) into the environment of each silo service as it would run
// on this machine's loopback instead of a Docker network, one JSON object per silo on standard output:
//   {"service": "silo1", "env": {...}}
// Every setting the compose file gives a silo is kept, except what only makes sense inside Docker: the Azurite host
// name becomes 127.0.0.1 with the given ports, the advertised address 127.0.0.1, the silo, gateway and API ports free
// loopback ports, and the data directory a local one shared by all silos (as the compose volume is).
// Usage: node compose-env.mjs <blobPort> <tablePort> <dataDirectory> <port>... (three free ports per silo)
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [blobPort, tablePort, dataDirectory, ...ports] = process.argv.slice(2);
const compose = parse(readFileSync(0, "utf8"));
const silos = Object.entries(compose.services).filter(([, service]) => service.environment?.GrainFlow__Clustering__Mode);
if (silos.length === 0 || ports.length < silos.length * 3) {
  console.error(`need 3 free ports per silo; ${silos.length} silos, ${ports.length} ports`);
  process.exit(2);
}

silos.forEach(([service, definition], i) => {
  const env = { ...definition.environment };
  const [siloPort, gatewayPort, apiPort] = ports.slice(i * 3, i * 3 + 3);
  env.ConnectionStrings__AzureStorage = env.ConnectionStrings__AzureStorage
    .replace("http://azurite:10000/", `http://127.0.0.1:${blobPort}/`)
    .replace("http://azurite:10002/", `http://127.0.0.1:${tablePort}/`)
    .replace(/QueueEndpoint=[^;]*;/, "");
  env.GrainFlow__Clustering__AdvertisedIPAddress = "127.0.0.1";
  env.GrainFlow__Clustering__SiloPort = siloPort;
  env.GrainFlow__Clustering__GatewayPort = gatewayPort;
  env.GrainFlow__DataDirectory = dataDirectory;
  delete env.ASPNETCORE_HTTP_PORTS;
  env.ASPNETCORE_URLS = `http://127.0.0.1:${apiPort}`;
  const healthcheck = definition.healthcheck.test.slice(1).map(arg => arg.replaceAll("127.0.0.1/8080", `127.0.0.1/${apiPort}`));
  console.log(JSON.stringify({ service, apiPort, healthcheck, env }));
});
