// Everything Wijkverbinder needs in one resource group: deploy with
//   az deployment group create -g <group> -f infra/main.bicep -p infra/<environment>.bicepparam
// Settings the apps read are named as in the code (docs/deploy.md lists them); nothing here holds a secret.
targetScope = 'resourceGroup'

@description('Short name of the installation, e.g. wijkverbinder-arnhem-test; resource names derive from it.')
@minLength(3)
@maxLength(30)
param name string

param location string = resourceGroup().location

@allowed(['test', 'production'])
param environment string

@description('CBS code of the municipality, e.g. GM0202 (Wijkverbinder:MunicipalityCode).')
param municipalityCode string

@description('The Teams app id of the manifest (manifest/.env.*: TEAMS_APP_ID).')
param teamsAppId string

@description('The shared mailbox referral mails are sent from.')
param senderMailbox string

@description('Client id of the tab SSO app registration (Sso:ClientId).')
param ssoClientId string

@description('UserAssignedMSI: the bot is the app identity below, no secret. SingleTenant: an app registration whose secret is the Key Vault secret "bot-client-secret".')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('App id of the SingleTenant bot registration; ignored for UserAssignedMSI.')
param botAppId string = ''

@description('Id of the key that seals new audit records (Audit:KeyId); it must be in the Key Vault secret "audit-keys". Change it to rotate (docs/audit.md).')
param auditKeyId string = 'k1'

@description('yyyy-MM-dd: the first day whose audit records are all keyed (Audit:KeyedFrom). Empty for a new installation; the day after the upgrade for one with records from before the keys.')
param auditKeyedFrom string = ''

@description('True once the pseudonym key was rotated: the apps then read the keys before it from the Key Vault secret "pseudonym-keys-previous" (Privacy:PreviousPseudonymKeys, docs/privacy.md). Leave false until that secret exists.')
param pseudonymKeyRotated bool = false

@description('App Service plan SKU of the TeamsApp.')
param appServiceSku string = environment == 'production' ? 'P0v3' : 'B1'

param logRetentionInDays int = environment == 'production' ? 90 : 30

var tenantId = tenant().tenantId
var compact = toLower(replace(name, '-', ''))
var storageName = take('st${compact}${uniqueString(resourceGroup().id)}', 24)
var keyVaultName = take('kv-${compact}', 18)
var teamsAppHostName = 'app-${name}.azurewebsites.net'
var ssoApplicationIdUri = 'api://${teamsAppHostName}/${ssoClientId}'

// The app identity: the bot (for UserAssignedMSI) and the sender of Graph mail (Exchange RBAC for Applications).
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${name}'
  location: location
}

var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? appIdentity.properties.clientId : botAppId

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: name, location: location, retentionInDays: logRetentionInDays }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: storageName, location: location }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // Production: a deleted vault (and its secrets) cannot be purged before the 90 days are over. Test: left off, so
    // a test resource group can be deleted and deployed again under the same name (purge protection cannot be
    // switched off once on, hence null rather than false).
    enablePurgeProtection: environment == 'production' ? true : null
    softDeleteRetentionInDays: environment == 'production' ? 90 : 7
    publicNetworkAccess: 'Enabled'
  }
}

var botSettings = concat(
  [
    { name: 'Bot__AppId', value: effectiveBotAppId }
    { name: 'Bot__TenantId', value: tenantId }
  ],
  botAppType == 'UserAssignedMSI'
    ? [{ name: 'Bot__UseManagedIdentity', value: 'true' }]
    : [{ name: 'Bot__ClientSecret', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=bot-client-secret)' }]
)

var sharedSettings = concat(botSettings, [
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.connectionString }
  { name: 'Storage__TableServiceUri', value: storage.outputs.tableEndpoint }
  { name: 'Storage__QueueServiceUri', value: storage.outputs.queueEndpoint }
  { name: 'Wijkverbinder__MunicipalityCode', value: municipalityCode }
  { name: 'Wijkverbinder__TenantId', value: tenantId }
  { name: 'Wijkverbinder__TeamsAppId', value: teamsAppId }
  { name: 'Wijkverbinder__SenderMailbox', value: senderMailbox }
  { name: 'Graph__ManagedIdentityClientId', value: appIdentity.properties.clientId }
  // The audit chain's HMAC keys ("id:base64;..."), read through a Key Vault reference; both apps write audit records.
  { name: 'Audit__Keys', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=audit-keys)' }
  { name: 'Audit__KeyId', value: auditKeyId }
  { name: 'Audit__KeyedFrom', value: auditKeyedFrom }
  // The key of the audit log's pseudonyms (base64, 32 bytes or more), kept out of the storage account it protects.
  { name: 'Privacy__PseudonymKey', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=pseudonym-key)' }
], pseudonymKeyRotated
  // After a rotation, the keys before it, to still find what they pseudonymised (a reference to a missing secret
  // would reach the app as text and stop it, hence the switch).
  ? [{ name: 'Privacy__PreviousPseudonymKeys', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=pseudonym-keys-previous)' }]
  : [])

resource appPlan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-${name}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource teamsApp 'Microsoft.Web/sites@2025-03-01' = {
  name: 'app-${name}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: { '${appIdentity.id}': {} }
  }
  properties: {
    serverFarmId: appPlan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: appServiceSku != 'F1'
      webSocketsEnabled: true
      healthCheckPath: '/health'
      appSettings: concat(sharedSettings, [
        { name: 'Sso__ClientId', value: ssoClientId }
        { name: 'Sso__TenantId', value: tenantId }
        { name: 'Sso__ApplicationIdUri', value: ssoApplicationIdUri }
      ])
    }
  }
}

resource functionsPlan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'asp-func-${name}'
  location: location
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource functions 'Microsoft.Web/sites@2025-03-01' = {
  name: 'func-${name}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: { '${appIdentity.id}': {} }
  }
  properties: {
    serverFarmId: functionsPlan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: storage.outputs.deploymentContainerUrl
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(sharedSettings, [
        // The Functions host's own storage, by managed identity. The queue trigger's connection "storage" reads
        // storage__queueServiceUri, which is Storage__QueueServiceUri above: App Service setting names and .NET
        // configuration keys ignore case, and a second setting differing only in case would fail the deployment.
        { name: 'AzureWebJobsStorage__accountName', value: storage.outputs.name }
      ])
    }
  }
}

module teamsAppRoles 'modules/roles.bicep' = {
  name: 'roles-teamsapp'
  params: { principalId: teamsApp.identity.principalId, storageAccountName: storage.outputs.name, keyVaultName: vault.name }
}

module functionsRoles 'modules/roles.bicep' = {
  name: 'roles-functions'
  params: { principalId: functions.identity.principalId, storageAccountName: storage.outputs.name, keyVaultName: vault.name, blobOwner: true }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: environment == 'production' ? 'S1' : 'F0' }
  properties: {
    displayName: 'Wijkverbinder'
    endpoint: 'https://${teamsApp.properties.defaultHostName}/api/messages'
    msaAppType: botAppType
    msaAppId: effectiveBotAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? appIdentity.id : null
    disableLocalAuth: true
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('manifest/.env.*: APP_HOST')
output teamsAppHostName string = teamsApp.properties.defaultHostName
@description('manifest/.env.*: BOT_ID')
output botAppId string = effectiveBotAppId
@description('The Application ID URI to set on the SSO app registration.')
output ssoApplicationIdUri string = ssoApplicationIdUri
@description('The app identity: grant it the Exchange role "Application Mail.Send" scoped to the sender mailbox.')
output appIdentityClientId string = appIdentity.properties.clientId
output appIdentityPrincipalId string = appIdentity.properties.principalId
output teamsAppName string = teamsApp.name
output functionsAppName string = functions.name
output keyVaultName string = vault.name
output storageAccountName string = storage.outputs.name
