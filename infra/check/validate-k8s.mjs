// Validates Kubernetes objects against the Kubernetes OpenAPI schemas that the kubernetes-models package bundles,
// offline: no cluster, no download. Reads YAML files named on the command line, or standard input when none is
// (for `kubectl kustomize infra/k8s | node validate-k8s.mjs`). Prints one line per object and exits 1 if any object
// is unknown to the schemas or does not match them (wrong type, missing required field, unknown field).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const sources = process.argv.length > 2
  ? process.argv.slice(2).map(path => ({ name: path, text: readFileSync(path, "utf8") }))
  : [{ name: "stdin", text: readFileSync(0, "utf8") }];

let failures = 0;
let objects = 0;
for (const { name, text } of sources) {
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      failures++;
      console.log(`FAIL ${name}: YAML: ${document.errors.map(e => e.message).join("; ")}`);
      continue;
    }

    const object = document.toJS();
    if (object === null) {
      continue;
    }

    objects++;
    const label = `${object.kind}/${object.metadata?.name} (${object.apiVersion}, ${name})`;
    const problem = await validate(object);
    if (problem) {
      failures++;
      console.log(`FAIL ${label}: ${problem}`);
    } else {
      console.log(`ok   ${label}`);
    }
  }
}

console.log(`${objects} objects, ${failures} failed`);
process.exit(failures === 0 && objects > 0 ? 0 : 1);

// kubernetes-models lays its classes out as <group>/<version>/<Kind>.js, the core group as v1/<Kind>.js.
async function validate(object) {
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    return "no apiVersion or kind";
  }

  let model;
  try {
    model = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`))[object.kind];
  } catch {
    return `no schema for ${object.apiVersion} ${object.kind}`;
  }

  try {
    new model(object).validate();
    return null;
  } catch (error) {
    return error.message;
  }
}
