using System.Globalization;
using Wijkverbinder.Cards;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Cards;

/// <summary>The weekly digest for a district manager: per district the open and overdue referrals, the overdue listed.</summary>
public sealed partial class ReferralCards
{
    /// <summary>Overdue referrals listed on the digest; more are counted.</summary>
    public const int DigestOverdueLines = 15;

    public AdaptiveCard Digest(string districtManagerName, IReadOnlyList<ReferralView> open, DateOnly today)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Digest.Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = text["Digest.Intro", districtManagerName, Date(today)], Wrap = true },
        };
        if (open.Count == 0)
        {
            body.Add(new TextBlock { Text = text["Digest.None"], Wrap = true });
        }
        else
        {
            body.Add(new FactSet
            {
                Facts = open
                    .GroupBy(v => v.DistrictName)
                    .OrderBy(g => g.Key, StringComparer.CurrentCulture)
                    .Select(g => new Fact(g.Key, text["Digest.District", g.Count(), g.Count(v => v.Referral.IsOverdue(today))].Value))
                    .ToList(),
            });
            var overdue = open.Where(v => v.Referral.IsOverdue(today)).OrderBy(v => v.Referral.DueDate).ToList();
            if (overdue.Count > 0)
            {
                body.Add(new TextBlock { Text = text["Digest.Overdue"], Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
                body.AddRange(overdue.Take(DigestOverdueLines).Select(v => new TextBlock
                {
                    Text = text["Digest.OverdueLine", v.Referral.Summary, Date(v.Referral.DueDate), v.NameOf(v.Referral.Receiver)],
                    Wrap = true,
                    Spacing = Spacing.None,
                }));
                if (overdue.Count > DigestOverdueLines)
                {
                    body.Add(new TextBlock { Text = text["Digest.More", (overdue.Count - DigestOverdueLines).ToString(CultureInfo.CurrentCulture)], IsSubtle = true, Wrap = true });
                }
            }
        }

        return new AdaptiveCard { Body = body, FallbackText = text["Digest.Title"] };
    }
}
