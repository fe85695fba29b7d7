// GrainFlow on Azure Container Apps: a storage account (snapshots, membership, reminders, job files), a Log Analytics
// workspace, an internal Container Apps environment in its own virtual network, and one container app per silo.
//
//   az group create -n grainflow -l westeurope
//   az deployment group create -g grainflow -f infra/azure/main.bicep -p infra/azure/main.bicepparam
//
// Each silo is its own app with one replica, advertising the environment's internal load balancer IP and a silo
// port unique in the environment (modules/silo.bicep says why). Every silo serves the REST API on its HTTP ingress.

targetScope = 'resourceGroup'

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Prefix of every resource name; lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(16)
param namePrefix string = 'grainflow'

@description('Storage account name (globally unique, 3-24 lowercase letters and digits). Default: derived from the resource group.')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'gf${uniqueString(resourceGroup().id)}'

@description('The silo image built from infra/Dockerfile, e.g. myregistry.azurecr.io/grainflow-silo:1.0.')
param image string

@description('Registry server of the image (e.g. myregistry.azurecr.io); empty for a public image.')
param registryServer string = ''

@description('User name for the registry.')
param registryUsername string = ''

@description('Password for the registry.')
@secure()
param registryPassword string = ''

@description('API key with the admin role. The API refuses to listen on a network without keys.')
@secure()
@minLength(16)
param apiAdminKey string

@description('API key with the read role.')
@secure()
@minLength(16)
param apiReadKey string

@description('Number of silos (container apps).')
@minValue(1)
@maxValue(10)
param siloCount int = 3

@description('Silo port of the first silo; silo i uses siloPortBase + i (ports must be unique in the environment).')
param siloPortBase int = 11111

@description('Gateway port of the first silo; silo i uses gatewayPortBase + i.')
param gatewayPortBase int = 30000

@description('Whether the API is reachable from the virtual network (and networks peered with it), not only from apps in the environment.')
param apiReachableFromNetwork bool = true

@description('Orleans service id; keep it across redeployments, persisted state is found by it.')
param serviceId string = 'grainflow'

@description('Orleans cluster id; a new one starts a new cluster over the same storage.')
param clusterId string = 'grainflow'

@description('Blob container for snapshots and registries; one per environment.')
param containerName string = 'grainflow'

@description('Quota of the job files share, in GiB.')
param fileShareQuotaGiB int = 100

@description('Address space of the virtual network.')
param vnetAddressPrefix string = '10.60.0.0/16'

@description('Container Apps infrastructure subnet (/27 or larger).')
param subnetPrefix string = '10.60.0.0/23'

@description('Days Log Analytics keeps the silos\' logs.')
param logRetentionDays int = 30

@description('CPU cores per silo.')
param siloCpu string = '1.0'

@description('Memory per silo (Consumption profile: 2 GiB per core).')
param siloMemory string = '2Gi'

@description('Membership timings (design section 7): a crashed silo is declared dead in about a second.')
param membership object = {
  probeTimeoutMs: 1000
  numMissedProbesLimit: 2
  numVotesForDeathDeclaration: 1
}

var fileShareName = 'grainflow-files'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: storageAccountName
    containerName: containerName
    fileShareName: fileShareName
    fileShareQuotaGiB: fileShareQuotaGiB
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    name: '${namePrefix}-vnet'
    addressPrefix: vnetAddressPrefix
    subnetPrefix: subnetPrefix
  }
}

module environment 'modules/environment.bicep' = {
  name: 'environment'
  params: {
    location: location
    name: '${namePrefix}-env'
    workspaceName: '${namePrefix}-logs'
    logRetentionDays: logRetentionDays
    infrastructureSubnetId: network.outputs.subnetId
    storageAccountName: storage.outputs.accountName
    fileShareName: storage.outputs.fileShareName
    filesStorageName: 'files'
  }
}

module silos 'modules/silo.bicep' = [
  for i in range(0, siloCount): {
    name: 'silo-${i + 1}'
    params: {
      location: location
      name: '${namePrefix}-silo-${i + 1}'
      environmentId: environment.outputs.id
      advertisedIPAddress: environment.outputs.staticIp
      image: image
      registryServer: registryServer
      registryUsername: registryUsername
      registryPassword: registryPassword
      siloPort: siloPortBase + i
      gatewayPort: gatewayPortBase + i
      apiReachableFromNetwork: apiReachableFromNetwork
      clusterId: clusterId
      serviceId: serviceId
      containerName: storage.outputs.containerName
      storageAccountName: storage.outputs.accountName
      filesStorageName: environment.outputs.filesStorageName
      apiAdminKey: apiAdminKey
      apiReadKey: apiReadKey
      membership: membership
      cpu: siloCpu
      memory: siloMemory
    }
  }
]

@description('The REST API of each silo; any of them acts on any job.')
output apiUrls array = [for i in range(0, siloCount): silos[i].outputs.apiUrl]

@description('The private IP of the environment\'s load balancer; point a private DNS zone for the environment\'s domain at it.')
output environmentStaticIp string = environment.outputs.staticIp

output environmentDefaultDomain string = environment.outputs.defaultDomain
output storageAccountName string = storage.outputs.accountName
