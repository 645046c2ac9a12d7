using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>
/// One form's refusals and what its inputs point at: the reasons at a field (<see cref="FieldErrors"/>), aria-invalid,
/// the id of the field's error list and hint (aria-describedby), and the refusals no field of the form shows. Ids are
/// <c>{prefix}-{field}-error</c> and <c>{prefix}-{field}-hint</c>, a dot in the field read as a dash.
/// </summary>
public sealed class FormErrors(string idPrefix, Func<string, bool> shownAtAField, Func<ValidationError, string> reason)
{
    public IReadOnlyList<ValidationError> All { get; private set; } = [];

    /// <summary>Refusals without a field on the form (the actor, a change meanwhile, a request gone).</summary>
    public List<string> Others => [.. All.Where(e => !shownAtAField(e.Field)).Select(reason)];

    public void Set(IReadOnlyList<ValidationError> errors) => All = errors;

    public void Clear() => All = [];

    public List<string> At(string field) => [.. All.Where(e => e.Field == field).Select(reason)];

    public string? Invalid(string field) => Has(field) ? "true" : null;

    public string? ErrorId(string field) => Has(field) ? $"{idPrefix}-{field.Replace('.', '-')}-error" : null;

    /// <summary>The field's hint and, when refused, its error list.</summary>
    public string Described(string field) => string.Join(' ', new[] { $"{idPrefix}-{field}-hint", ErrorId(field) }.OfType<string>());

    private bool Has(string field) => All.Any(e => e.Field == field);
}
