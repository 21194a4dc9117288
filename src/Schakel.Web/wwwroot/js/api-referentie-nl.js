// Dutch labels for the API reference viewer (Scalar's `localization.translations`, merged over its English).
// Every key of Scalar 2.19's English that this page can show. Not translated: its developer tools, "getting started"
// and marketing panels (developerTools, gettingStarted, exploreScalar), which these settings never show (docs/api.md).
window.schakelApiReferentieNl = {
  common: { streamItem: 'Onderdeel van een stroom', description: 'Beschrijving', httpMethod: 'HTTP-methode', path: 'Pad', copyDefault: 'Standaardwaarde kopiëren', copyExample: 'Voorbeeldwaarde kopiëren' },
  search: {
    label: 'Zoeken', inputLabel: 'Zoekterm', open: 'Zoeken openen', placeholder: 'Zoeken…', clear: 'Zoekterm wissen',
    noResults: 'Niets gevonden', keyboardShortcut: 'Sneltoets:', results: 'Zoekresultaten', navigate: 'Kiezen', select: 'Openen',
    instructions: 'Pijl omhoog en omlaag om te kiezen, Enter om te openen, typ om te filteren',
    entryHeading: 'Kop', entryOperation: 'Bewerking', entryTag: 'Onderdeel', entryTagGroup: 'Groep van onderdelen',
    entryWebhook: 'Webhook', entryChannel: 'Kanaal', entryMessage: 'Bericht', command: 'Command', control: 'Ctrl'
  },
  navigation: {
    introduction: 'Inleiding', closeGroup: 'Groep sluiten', closeMenu: 'Menu sluiten', openGroup: 'Groep openen', openMenu: 'Menu openen',
    operations: 'Bewerkingen', endpoints: 'Bewerkingen van {name}', showAllEndpoints: 'Alle bewerkingen van {name} tonen',
    sidebarFor: 'Inhoud van {name}', mainContent: 'API-documentatie van {name}', collapsed: 'Ingeklapt',
    webhooks: 'Webhooks', channels: 'Kanalen'
  },
  server: { label: 'Server', select: 'Kies een server' },
  info: { termsOfService: 'Gebruiksvoorwaarden' },
  clientLibraries: { heading: 'Voorbeeldcode', more: 'Meer', selectAll: 'Kies uit alle talen', searchLabel: 'Talen zoeken', changeClient: 'Taal van de voorbeeldcode wijzigen' },
  operation: {
    codeSampleUnavailable: 'Voor dit voorbeeld is geen code beschikbaar.', codeSample: 'Voorbeeldcode', body: 'Inhoud', cookies: 'Cookies',
    headers: 'Headers', pathParameters: 'Padparameters', queryParameters: 'Queryparameters', requestBody: 'Inhoud van het verzoek',
    responses: 'Antwoorden', testRequest: 'Verzoek proberen', selectedContentType: 'Gekozen inhoudstype',
    webhook: 'Webhook', audience: 'Doelgroep', callbacks: 'Terugroepverzoeken'
  },
  response: {
    xmlGenerationLimit: 'Het XML-voorbeeld is te groot om te maken. Geef een XML-voorbeeld mee om de hele inhoud te tonen.',
    xmlGenerationFailed: 'Het XML-voorbeeld kon niet worden gemaakt: {message}', exampleResponses: 'Voorbeeldantwoorden', noBody: 'Zonder inhoud', showSchema: 'Schema tonen', status: 'Status' },
  schema: {
    noAllowedValues: 'Geen waarde voldoet aan deze lijst.', schema: 'Schema', enum: 'keuzelijst', const: 'vaste waarde',
    discriminator: 'Onderscheidend veld', discriminatorValue: 'Waarde van het onderscheidende veld', example: 'Voorbeeld', examples: 'Voorbeelden', default: 'Standaard',
    emptyObject: 'Leeg object', showAdditionalProperties: 'Overige velden tonen', showOneMoreProperty: 'Nog 1 veld tonen',
    showMoreProperties: 'Nog {count} velden tonen', forName: 'voor {name}', showSchemaDetails: 'Details van het schema tonen',
    oneOf: 'Een van', variants: 'Varianten', anyOf: 'Een of meer van', allOf: 'Alle van', not: 'Niet', unknownType: 'onbekend type',
    propertyCount: 'Velden: {count}', headerCount: 'Headers: {count}', recursiveReference: 'Verwijst naar {name} zelf', recursive: 'verwijst naar zichzelf',
    additionalProperties: 'overige velden', deprecated: 'verouderd', format: 'Formaat', greaterThan: 'groter dan', keys: 'sleutels',
    lessThan: 'kleiner dan', max: 'max.', min: 'min.', maxLength: 'max. lengte', minLength: 'min. lengte', multipleOf: 'veelvoud van',
    nullable: 'mag leeg (null)', propertyNames: 'veldnamen', pattern: 'Patroon', copyPattern: 'Patroon kopiëren', readOnly: 'alleen lezen',
    required: 'verplicht', hideValues: 'Waarden verbergen', showAllValues: 'Alle waarden tonen', type: 'Type', unique: 'uniek',
    values: 'Waarden', writeOnly: 'alleen schrijven', typeInteger: 'Gehele getallen.',
    formatInt32: 'gehele getallen van 32 bits met teken', formatInt64: 'gehele getallen van 64 bits met teken',
    formatDate: 'een datum volgens RFC 3339, paragraaf 5.6, bijvoorbeeld 2017-07-21',
    formatDateTime: 'een tijdstip volgens RFC 3339, paragraaf 5.6, bijvoorbeeld 2017-07-21T17:32:28Z',
    formatPassword: 'een aanwijzing om de invoer te verbergen', formatBase64: 'tekens in base64, bijvoorbeeld U3dhZ2dlciByb2Nrcw==',
    formatBinary: 'binaire gegevens, voor bestanden'
  },
  download: { openapi: 'OpenAPI-document downloaden', asyncapi: 'AsyncAPI-document downloaden', asFormat: '{label} als {format}' },
  models: { label: 'Modellen' },
  actions: {
    copyAsMarkdown: 'Kopiëren als Markdown', copied: 'Gekopieerd', copyMarkdownFailed: 'Kopiëren als Markdown mislukt', copyLink: 'Link kopiëren',
    copyLinkTo: 'Link naar {name} kopiëren', copyToClipboard: 'Link naar het klembord kopiëren', copyEndpointUrl: 'Adres van de bewerking kopiëren',
    showMore: 'Meer tonen'
  },
  footer: { poweredByScalar: 'Gemaakt met Scalar' },
  // Switched off in api-referentie.js (agent, MCP, SDK); translated in case a later version shows them anyway.
  agent: { askAi: 'Vraag het AI', askAiAgent: 'Vraag het de AI-assistent', close: 'Sluiten' },
  mcp: { generate: 'MCP maken', connect: 'MCP koppelen' },
  sdk: { generate: 'SDK maken' },
  asyncapi: { address: 'Adres', unknownAddress: 'Onbekend', applicationIdentifier: 'Kenmerk van de toepassing', servers: 'Servers', protocols: 'Protocollen' },
  authentication: {
    detailsRequired: 'Aanmelden verplicht', detailsOptional: 'Aanmelden niet verplicht', apiKey: 'API-sleutel', title: 'Aanmelden',
    accepts: 'Neemt aan', allOf: 'alle van:', authentication: 'aanmelden', optional: 'Aanmelden niet verplicht', oneOf: 'een van:',
    required: 'Aanmelden verplicht', requires: 'Vereist', scopes: 'OAuth-bereiken', mutualTLS: 'Wederzijdse TLS',
    apiKeyHeader: 'Stuur de API-sleutel in de header “{name}”.', apiKeyQuery: 'Stuur de API-sleutel in de queryparameter “{name}”.',
    apiKeyCookie: 'Stuur de API-sleutel in de cookie “{name}”.'
  }
};
