namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>The mails sent through the local stand-in, in memory: the last <see cref="Capacity"/>, newest first.</summary>
public sealed class DevMailbox
{
    public const int Capacity = 500;

    private readonly LinkedList<DevMail> mails = new();
    private readonly Lock gate = new();

    public void Add(DevMail mail)
    {
        lock (gate)
        {
            mails.AddFirst(mail);
            if (mails.Count > Capacity)
            {
                mails.RemoveLast();
            }
        }
    }

    public IReadOnlyList<DevMail> Newest()
    {
        lock (gate)
        {
            return [.. mails];
        }
    }

    /// <summary>The Sent Items of <paramref name="mailbox"/> with this Internet message id.</summary>
    public IReadOnlyList<DevMail> SentItems(string mailbox, string internetMessageId)
    {
        lock (gate)
        {
            return mails
                .Where(m => m.SavedToSentItems && string.Equals(m.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase))
                .Where(m => string.Equals(m.InternetMessageId, internetMessageId, StringComparison.Ordinal))
                .ToList();
        }
    }
}
