// The virtual network the Container Apps environment runs in. An internal environment needs one, and so do the TCP
// ports the silos talk to each other on (additionalPortMappings): silo-to-silo traffic never leaves this network.

@description('Azure region of the network.')
param location string

@description('Name of the virtual network.')
param name string

@description('Address space of the virtual network.')
param addressPrefix string

@description('The Container Apps infrastructure subnet: /27 or larger for a workload-profiles environment.')
param subnetPrefix string

resource vnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: name
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'container-apps'
        properties: {
          addressPrefix: subnetPrefix
          delegations: [
            {
              name: 'container-apps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

output subnetId string = vnet.properties.subnets[0].id
