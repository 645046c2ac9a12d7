using 'main.bicep'

param name = 'wijkverbinder-arnhem-test'
param environment = 'test'
param municipalityCode = 'GM0202'
param teamsAppId = '00000000-0000-0000-0000-000000000000'
param senderMailbox = 'wijkverbinder-test@arnhem.nl'
param ssoClientId = '00000000-0000-0000-0000-000000000000'
