// Parameters for main.bicep. The API keys are read from the environment at deployment time, so no secret is written
// here: export GRAINFLOW_ADMIN_KEY and GRAINFLOW_READ_KEY (e.g. $(openssl rand -hex 32)) first.
using './main.bicep'

param namePrefix = 'grainflow'
param image = 'myregistry.azurecr.io/grainflow-silo:1.0'
param registryServer = 'myregistry.azurecr.io'
param registryUsername = readEnvironmentVariable('GRAINFLOW_REGISTRY_USERNAME', '')
param registryPassword = readEnvironmentVariable('GRAINFLOW_REGISTRY_PASSWORD', '')
param apiAdminKey = readEnvironmentVariable('GRAINFLOW_ADMIN_KEY')
param apiReadKey = readEnvironmentVariable('GRAINFLOW_READ_KEY')
param siloCount = 3
