// The Container Apps environment the silos run in: internal (reachable only from its virtual network), logging to a
// Log Analytics workspace, with the storage account's file share registered so every silo can mount it.

@description('Azure region of the environment and the workspace.')
param location string

@description('Name of the Container Apps environment.')
param name string

@description('Name of the Log Analytics workspace that receives the silos\' console logs.')
param workspaceName string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int

@description('The delegated infrastructure subnet (network.bicep).')
param infrastructureSubnetId string

@description('The storage account holding the file share (storage.bicep).')
param storageAccountName string

@description('The file share mounted by every silo at <DataDirectory>/files.')
param fileShareName string

@description('Name under which the environment knows the file share; the silos\' volumes refer to it.')
param filesStorageName string

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: name
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    vnetConfiguration: {
      infrastructureSubnetId: infrastructureSubnetId
      // Internal: the environment's load balancer gets a private IP of the subnet, and nothing is public.
      internal: true
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

resource files 'Microsoft.App/managedEnvironments/storages@2025-07-01' = {
  parent: environment
  name: filesStorageName
  properties: {
    azureFile: {
      accountName: account.name
      accountKey: account.listKeys().keys[0].value
      shareName: fileShareName
      accessMode: 'ReadWrite'
    }
  }
}

output id string = environment.id
output name string = environment.name
output defaultDomain string = environment.properties.defaultDomain

@description('The private IP of the environment\'s internal load balancer: what the silos advertise.')
output staticIp string = environment.properties.staticIp

output filesStorageName string = files.name
