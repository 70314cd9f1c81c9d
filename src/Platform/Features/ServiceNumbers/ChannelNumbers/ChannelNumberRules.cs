using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Channel numbers (DOMAIN.md "ChannelNumber"): digits only, at most 21, a SUFFIX exactly 5; at
/// least 3 otherwise, since a shorter prefix would claim whole number ranges [ours]; 1–5 signatures
/// of 2–18 characters without 【】; at most 5 proof images. Also which channel number a sender
/// matches, most specific first. Pure.
/// </summary>
public static partial class ChannelNumberRules
{
    public const int NumberMax = 21;
    public const int NumberMin = 3;
    public const int SuffixLength = 5;
    public const int MaxSignatures = 5;
    public const int SignatureMin = 2;
    public const int SignatureMax = 18;
    public const int MaxProofImages = 5;

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    /// <summary>Drops the spaces and dashes people type into numbers.</summary>
    public static string NormalizeNumber(string? number)
        => new((number ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>A signature as phones display it, without the 【】 brackets people may include.</summary>
    public static string NormalizeSignature(string? signature) => (signature ?? string.Empty).Trim().TrimStart('【').TrimEnd('】').Trim();

    public static InputValidator ValidateChannelNumber(this InputValidator v, ChannelNumberKind kind, string number,
        IReadOnlyList<string> signatures, int proofImages)
    {
        if (!Digits().IsMatch(number))
            v.Fail("number", "number must contain only digits.");
        else if (kind == ChannelNumberKind.Suffix && number.Length != SuffixLength)
            v.Fail("number", $"A SUFFIX channel number is exactly {SuffixLength} digits (got {number.Length}).");
        else if (kind != ChannelNumberKind.Suffix && number.Length is < NumberMin or > NumberMax)
            v.Fail("number", $"number must be {NumberMin}–{NumberMax} digits (got {number.Length}).");

        if (signatures.Count is 0 or > MaxSignatures)
            v.Fail("signatures", $"A channel number carries 1–{MaxSignatures} signatures (got {signatures.Count}).");
        for (var i = 0; i < signatures.Count; i++)
        {
            var field = $"signatures[{i}]";
            v.Length(field, signatures[i], SignatureMin, SignatureMax).NoMarkup(field, signatures[i]);
            if (signatures[i].AsSpan().IndexOfAny('【', '】') >= 0)
                v.Fail(field, $"{field} must not contain 【 or 】.");
            if (signatures.Take(i).Contains(signatures[i], StringComparer.Ordinal))
                v.Fail(field, $"Signature '{signatures[i]}' is listed more than once.");
        }

        if (proofImages > MaxProofImages)
            v.Fail("proofImageIds", $"At most {MaxProofImages} authorisation proof images can be attached (got {proofImages}).");
        return v;
    }

    /// <summary>Whether a message sent from <paramref name="sender"/> (digits) comes through this channel number.</summary>
    public static bool Matches(ChannelNumberKind kind, string number, string sender) => kind switch
    {
        ChannelNumberKind.Ordinary => sender == number,
        ChannelNumberKind.Prefix => sender.StartsWith(number, StringComparison.Ordinal),
        ChannelNumberKind.Suffix => sender.EndsWith(number, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Higher is more specific: an exact number, then longer prefixes, then suffixes.</summary>
    public static int Specificity(ChannelNumberKind kind, string number) => kind switch
    {
        ChannelNumberKind.Ordinary => 1000,
        ChannelNumberKind.Prefix => 100 + number.Length,
        _ => number.Length,
    };

    /// <summary>A sender as a phone sees it: digits only, at most 21 (after dropping spaces and dashes).</summary>
    public static bool IsValidSender(string sender) => sender.Length is > 0 and <= NumberMax && Digits().IsMatch(sender);
}
