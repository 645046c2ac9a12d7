using System.Resources;

// Dutch is the default language of every user-facing text; English comes from satellite resources.
[assembly: NeutralResourcesLanguage("nl")]
