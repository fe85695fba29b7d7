// One GrainFlow silo as one container app with exactly one replica.
//
// Silos must reach each other at the address and port they advertise in the membership table, and a replica's own
// IP is neither stable nor known to the process. So each silo advertises the environment's internal load balancer
// IP with a silo port unique in the environment, and the app exposes that port (additionalPortMappings) to the rest
// of the environment: the load balancer sends it to this app's single replica. Hence one replica per app, and
// unique ports per app. The HTTP ingress carries the REST API, which every silo serves.

@description('Azure region of the app.')
param location string

@description('Name of the container app.')
param name string

@description('The Container Apps environment (environment.bicep).')
param environmentId string

@description('The environment\'s internal load balancer IP, advertised as this silo\'s address.')
param advertisedIPAddress string

@description('The silo image, e.g. myregistry.azurecr.io/grainflow-silo:1.0.')
param image string

@description('Registry server of the image; empty for a public image.')
param registryServer string

@description('User name for the registry; ignored when registryServer is empty.')
param registryUsername string

@description('Password for the registry; ignored when registryServer is empty.')
@secure()
param registryPassword string

@description('Silo-to-silo port (GrainFlow:Clustering:SiloPort), unique in the environment.')
param siloPort int

@description('Orleans gateway port (GrainFlow:Clustering:GatewayPort), unique in the environment. No client outside the process uses it, so it is not exposed.')
param gatewayPort int

@description('Whether the API ingress is reachable from the virtual network (true) or only from inside the environment (false).')
param apiReachableFromNetwork bool

@description('Orleans cluster id (GrainFlow:Clustering:ClusterId).')
param clusterId string

@description('Orleans service id (GrainFlow:Clustering:ServiceId); keep it across redeployments.')
param serviceId string

@description('Blob container for snapshots and registries (GrainFlow:Storage:ContainerName).')
param containerName string

@description('The storage account (storage.bicep); its connection string becomes a secret of the app.')
param storageAccountName string

@description('The environment storage of the file share (environment.bicep).')
param filesStorageName string

@description('API key with the admin role (GrainFlow:Api:Keys:0).')
@secure()
param apiAdminKey string

@description('API key with the read role (GrainFlow:Api:Keys:1).')
@secure()
param apiReadKey string

@description('Membership timings of design section 7 (ProbeTimeoutMs, NumMissedProbesLimit, NumVotesForDeathDeclaration).')
param membership object

@description('CPU cores of the silo container.')
param cpu string

@description('Memory of the silo container, e.g. 2Gi (Consumption profile: 2 GiB per core).')
param memory string

var apiPort = 8080
var dataDirectory = '/var/lib/grainflow'
var usesRegistry = !empty(registryServer)

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

var appSecrets = [
  {
    name: 'azure-storage-connection-string'
    value: 'DefaultEndpointsProtocol=https;AccountName=${account.name};AccountKey=${account.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
  {
    name: 'api-admin-key'
    value: apiAdminKey
  }
  {
    name: 'api-read-key'
    value: apiReadKey
  }
]

var registrySecrets = usesRegistry
  ? [
      {
        name: 'registry-password'
        value: registryPassword
      }
    ]
  : []

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: name
  location: location
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      secrets: concat(appSecrets, registrySecrets)
      registries: usesRegistry
        ? [
            {
              server: registryServer
              username: registryUsername
              passwordSecretRef: 'registry-password'
            }
          ]
        : []
      ingress: {
        external: apiReachableFromNetwork
        targetPort: apiPort
        transport: 'http'
        allowInsecure: false
        additionalPortMappings: [
          {
            // Silo-to-silo traffic: other silos dial <environment static IP>:siloPort.
            external: false
            targetPort: siloPort
            exposedPort: siloPort
          }
        ]
      }
    }
    template: {
      containers: [
        {
          name: 'silo'
          image: image
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          env: [
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(apiPort) }
            { name: 'GrainFlow__DataDirectory', value: dataDirectory }
            { name: 'GrainFlow__Storage__Mode', value: 'AzureBlob' }
            { name: 'GrainFlow__Storage__ContainerName', value: containerName }
            { name: 'GrainFlow__Clustering__Mode', value: 'AzureTable' }
            { name: 'GrainFlow__Clustering__ClusterId', value: clusterId }
            { name: 'GrainFlow__Clustering__ServiceId', value: serviceId }
            { name: 'GrainFlow__Clustering__SiloPort', value: string(siloPort) }
            { name: 'GrainFlow__Clustering__GatewayPort', value: string(gatewayPort) }
            { name: 'GrainFlow__Clustering__AdvertisedIPAddress', value: advertisedIPAddress }
            { name: 'GrainFlow__Clustering__ProbeTimeoutMs', value: string(membership.probeTimeoutMs) }
            { name: 'GrainFlow__Clustering__NumMissedProbesLimit', value: string(membership.numMissedProbesLimit) }
            { name: 'GrainFlow__Clustering__NumVotesForDeathDeclaration', value: string(membership.numVotesForDeathDeclaration) }
            { name: 'ConnectionStrings__AzureStorage', secretRef: 'azure-storage-connection-string' }
            { name: 'GrainFlow__Api__Keys__0__Key', secretRef: 'api-admin-key' }
            { name: 'GrainFlow__Api__Keys__0__Role', value: 'admin' }
            { name: 'GrainFlow__Api__Keys__1__Key', secretRef: 'api-read-key' }
            { name: 'GrainFlow__Api__Keys__1__Role', value: 'read' }
          ]
          probes: [
            {
              // Up to about a minute to start the process and join the cluster.
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: apiPort
              }
              initialDelaySeconds: 5
              periodSeconds: 5
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: apiPort
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
            }
            {
              // 503 while the silo is not active in the cluster: no API traffic until it is.
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: apiPort
              }
              periodSeconds: 5
              timeoutSeconds: 3
              failureThreshold: 2
            }
          ]
          volumeMounts: [
            {
              volumeName: 'files'
              mountPath: '${dataDirectory}/files'
            }
          ]
        }
      ]
      scale: {
        // Exactly one replica: the advertised address (load balancer IP + this app's silo port) names one silo.
        minReplicas: 1
        maxReplicas: 1
      }
      volumes: [
        {
          name: 'files'
          storageType: 'AzureFile'
          storageName: filesStorageName
          // The image runs as its non-root "app" user (1654), which must own what it writes on the share.
          mountOptions: 'uid=1654,gid=1654'
        }
      ]
    }
  }
}

@description('Where this silo serves the REST API (inside the environment\'s network).')
output apiUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
