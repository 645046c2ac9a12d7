namespace Wijkverbinder.Domain.Validation;

/// <summary>Either a value or the reasons the input was refused (in which case nothing was written).</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<ValidationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ValidationError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Refused(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A refusal needs a reason.", nameof(errors)) : new(default, errors);
}
