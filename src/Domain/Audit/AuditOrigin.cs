namespace Wijkverbinder.Domain.Audit;

/// <summary>Where an audited action came in.</summary>
public enum AuditOrigin
{
    /// <summary>The tab API (/api/tab), signed in with Teams SSO.</summary>
    TabApi,

    /// <summary>The development API (/api), Development and loopback only.</summary>
    Api,

    /// <summary>A button on a bot card (adaptiveCard/action).</summary>
    BotCard,

    /// <summary>A message to the bot.</summary>
    BotMessage,

    /// <summary>A timer job (retention, the integrity check).</summary>
    Job,

    /// <summary>A tab page acting over its Blazor circuit.</summary>
    TabPage,
}
