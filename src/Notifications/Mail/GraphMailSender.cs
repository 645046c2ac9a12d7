using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// Sends referral mails with Microsoft Graph (POST /users/{mailbox}/sendMail, app-only) and finds earlier attempts in
/// the sender's Sent Items by Internet message id. At most 4 requests per mailbox at a time.
/// </summary>
public sealed class GraphMailSender : IMailSender, IDisposable
{
    private readonly GraphServiceClient graph;
    private readonly MailboxConcurrency concurrency;
    private readonly ILogger<GraphMailSender> logger;

    public GraphMailSender(IOptions<GraphMailOptions> options, TimeProvider clock, ILogger<GraphMailSender> logger)
        : this(options, clock, logger, null)
    {
    }

    /// <summary>With <paramref name="finalHandler"/> the requests go to it instead of the network (tests).</summary>
    internal GraphMailSender(IOptions<GraphMailOptions> options, TimeProvider clock, ILogger<GraphMailSender> logger, HttpMessageHandler? finalHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        graph = GraphClientBuilder.Build(options.Value, clock, logger, finalHandler);
        concurrency = new MailboxConcurrency(options.Value.MaxConcurrentRequestsPerMailbox);
    }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.HtmlBody },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.ToAddress, Name = mail.ToName } }],
                InternetMessageId = mail.InternetMessageId,
            },
            SaveToSentItems = true,
        };
        return CallAsync("sendMail", mail.FromMailbox, async () =>
        {
            await graph.Users[mail.FromMailbox].SendMail.PostAsync(body, cancellationToken: cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<bool> WasSentAsync(string fromMailbox, string internetMessageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromMailbox);
        ArgumentException.ThrowIfNullOrEmpty(internetMessageId);
        return CallAsync("sentItems", fromMailbox, async () =>
        {
            var page = await graph.Users[fromMailbox].MailFolders["sentitems"].Messages.GetAsync(request =>
            {
                request.QueryParameters.Filter = $"internetMessageId eq {ODataLiteral.Quote(internetMessageId)}";
                request.QueryParameters.Select = ["id"];
                request.QueryParameters.Top = 1;
            }, cancellationToken);
            return page?.Value is { Count: > 0 };
        }, cancellationToken);
    }

    public void Dispose() => graph.Dispose();

    /// <summary>The one Graph client (its retry policy and sign-in); the calendar uses it too.</summary>
    internal GraphServiceClient Client => graph;

    /// <summary>Runs a Graph call within the mailbox's concurrency limit and turns failures into <see cref="MailDeliveryException"/>.</summary>
    internal async Task<T> CallAsync<T>(string operation, string mailbox, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await concurrency.RunAsync(mailbox, call, cancellationToken);
        }
        catch (ODataError error)
        {
            throw Failed(operation, error.ResponseStatusCode, error.Error?.Code, error);
        }
        catch (ApiException error)
        {
            throw Failed(operation, error.ResponseStatusCode, null, error);
        }
        catch (AggregateException error) when (error.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The SDK's RetryHandler gave up on its own limit.
            throw Failed(operation, last.ResponseStatusCode, null, error);
        }
        catch (HttpRequestException error)
        {
            throw Failed(operation, null, null, error);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's timeout, not the caller.
            throw Failed(operation, null, "Timeout", error);
        }
    }

    private MailDeliveryException Failed(string operation, int? status, string? code, Exception inner)
    {
        var transient = MailDeliveryException.IsTransientStatus(status);
        GraphLog.Failed(logger, operation, status, code, transient);
        return new MailDeliveryException(status, code, transient, inner);
    }
}
