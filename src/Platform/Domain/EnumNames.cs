using System.Text;

namespace KooMessage.Platform.Domain;

/// <summary>
/// The SCREAMING_CASE name of an enum value: <c>NotEffective</c> → <c>NOT_EFFECTIVE</c>,
/// <c>Gsm7</c> → <c>GSM_7</c>. The schema's enum values, messages, CSV columns and gateway payloads
/// all spell enum values with this one function, so a client sees the same name everywhere.
/// </summary>
public static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => ScreamingCase(value.ToString());

    /// <summary>Splits a PascalCase member name into words (at a lower→upper change, between letters and digits, and before the last capital of an acronym) joined by '_'.</summary>
    public static string ScreamingCase(string memberName)
    {
        var name = new StringBuilder(memberName.Length + 8);
        for (var i = 0; i < memberName.Length; i++)
        {
            if (i > 0 && StartsWord(memberName, i))
                name.Append('_');
            name.Append(char.ToUpperInvariant(memberName[i]));
        }
        return name.ToString();
    }

    private static bool StartsWord(string name, int i)
    {
        char previous = name[i - 1], current = name[i];
        return (char.IsLower(previous) && char.IsUpper(current))
            || (char.IsDigit(previous) && char.IsLetter(current))
            || (char.IsLetter(previous) && char.IsDigit(current))
            || (char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]));
    }
}
