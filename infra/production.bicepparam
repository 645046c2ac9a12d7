using 'main.bicep'

param name = 'wijkverbinder-arnhem'
param environment = 'production'
param municipalityCode = 'GM0202'
param teamsAppId = '00000000-0000-0000-0000-000000000000'
param senderMailbox = 'wijkverbinder@arnhem.nl'
param ssoClientId = '00000000-0000-0000-0000-000000000000'
