using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Tabs.Tests.Fakes;

/// <summary>Answers in memory, replaced per respondent key as the real store does.</summary>
internal sealed class InMemoryMeetingFeedbackStore : IMeetingFeedbackStore
{
    private readonly List<FeedbackSubmission> answers = [];

    public Task SaveAsync(FeedbackSubmission submission, CancellationToken cancellationToken)
    {
        answers.RemoveAll(a => a.Meeting == submission.Meeting && a.RespondentKey == submission.RespondentKey);
        answers.Add(submission);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackSubmission>> ListAsync(MeetingId meeting, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackSubmission>>([.. answers.Where(a => a.Meeting == meeting)]);

    public Task<bool> HasAnsweredAsync(MeetingId meeting, string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult(answers.Any(a => a.Meeting == meeting && a.RespondentKey == respondentKey));
}
