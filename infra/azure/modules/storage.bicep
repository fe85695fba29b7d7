// The storage account a GrainFlow deployment keeps everything durable in: the blob container for snapshots and the
// job and savepoint registries (GrainFlow:Storage:Mode=AzureBlob), the tables of the Orleans membership protocol and
// reminders (GrainFlow:Clustering:Mode=AzureTable), and the file share the silos mount for the files jobs read and
// write. Orleans creates its tables and container when missing; they are declared here so that the deployment owns
// them and a reviewer sees every store in one place.

@description('Azure region of the account.')
param location string

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param accountName string

@description('Blob container for snapshots and registries (GrainFlow:Storage:ContainerName); one per environment.')
param containerName string

@description('Azure Files share mounted by every silo at <DataDirectory>/files.')
param fileShareName string

@description('Quota of the file share, in GiB.')
param fileShareQuotaGiB int

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: accountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The host authenticates with a connection string (ConnectionStrings:AzureStorage), and Container Apps mounts
    // Azure Files with the account key, so shared-key access stays on.
    allowSharedKeyAccess: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobs
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

// The default table names of Microsoft.Orleans.Clustering.AzureStorage and Microsoft.Orleans.Reminders.AzureStorage.
resource membershipTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = {
  parent: tables
  name: 'OrleansSiloInstances'
}

resource remindersTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = {
  parent: tables
  name: 'OrleansReminders'
}

resource files 'Microsoft.Storage/storageAccounts/fileServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2025-06-01' = {
  parent: files
  name: fileShareName
  properties: {
    shareQuota: fileShareQuotaGiB
  }
}

output accountName string = account.name
output fileShareName string = share.name
output containerName string = container.name
