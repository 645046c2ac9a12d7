namespace Wijkverbinder.Protocol.Schema;

/// <summary>The value of an "adaptiveCard/action" invoke: the Action.Execute that was pressed, and what triggered it.</summary>
public sealed class AdaptiveCardInvokeValue : ExtensibleObject
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary>"manual" when a user pressed the button, "automatic" for a refresh.</summary>
    public string? Trigger { get; set; }
}
