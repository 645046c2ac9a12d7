using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>An action agreed in the meeting: what, who owns it and by when. It shows in the owner's personal view.</summary>
public sealed record AgreedAction(int Number, string Text, ColleagueId Owner, DateOnly DueOn, bool Done = false);
