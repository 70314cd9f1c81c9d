using System.Text.RegularExpressions;

namespace KooMessage.Platform.Domain;

/// <summary>
/// Collects every broken input rule of one request so the client learns all of them at once,
/// then throws a single <see cref="DomainException"/>. Lengths count UTF-16 units after trimming,
/// the way the console counts characters.
/// </summary>
public sealed class InputValidator
{
    private readonly List<DomainError> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public InputValidator Add(DomainError error)
    {
        _errors.Add(error);
        return this;
    }

    public InputValidator Fail(string field, string message) => Add(new ValidationError(field, message));

    public InputValidator Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            Fail(field, $"{field} is required.");
        return this;
    }

    /// <summary>Checks a required text's trimmed length is within [min, max].</summary>
    public InputValidator Length(string field, string? value, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min || length > max)
            Fail(field, min == max
                ? $"{field} must be exactly {min} characters."
                : $"{field} must be {min}–{max} characters (got {length}).");
        return this;
    }

    /// <summary>Checks an optional text: null is fine, otherwise its trimmed length must be ≤ max.</summary>
    public InputValidator MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
            Fail(field, $"{field} must be at most {max} characters (got {value.Trim().Length}).");
        return this;
    }

    public InputValidator Matches(string field, string? value, Regex pattern, string description)
    {
        if (value is not null && !pattern.IsMatch(value))
            Fail(field, $"{field} {description}.");
        return this;
    }

    /// <summary>Names and other free text must not carry markup.</summary>
    public InputValidator NoMarkup(string field, string? value)
    {
        if (value is not null && value.AsSpan().IndexOfAny('<', '>') >= 0)
            Fail(field, $"{field} must not contain '<' or '>'.");
        return this;
    }

    public InputValidator Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
            Fail(field, $"{field} must be between {min} and {max} (got {value}).");
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid)
            throw new DomainException(_errors.ToList());
    }
}
