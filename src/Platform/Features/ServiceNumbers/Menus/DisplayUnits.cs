using System.Text;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Menu names are limited in display units, the width a phone renders: a CJK (or other full-width)
/// character counts 2, anything else 1 per code point. Pure.
/// </summary>
public static class DisplayUnits
{
    public static int Count(string text)
    {
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
            units += IsWide(rune) ? 2 : 1;
        return units;
    }

    /// <summary>The East Asian wide and full-width blocks: Hangul, CJK symbols and ideographs, kana, full-width forms.</summary>
    public static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0x303E => true,
        >= 0x3041 and <= 0x33FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA000 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };
}
