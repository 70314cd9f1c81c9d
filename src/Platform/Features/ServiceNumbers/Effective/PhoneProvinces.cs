using PhoneNumbers;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// The province (a <see cref="Region"/> other than NATIONWIDE) of a mainland number from its prefix (号段), by the
/// offline geocoding data bundled with libphonenumber: its Chinese description ("北京市", "江苏省常州市",
/// "内蒙古呼和浩特市") starts with the region's name. Null when the data names no province ("中国" for
/// ranges without one, foreign or invalid numbers): then only NATIONWIDE bindings apply to the number.
/// </summary>
public static class PhoneProvinces
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberOfflineGeocoder Geocoder = PhoneNumberOfflineGeocoder.GetInstance();
    private static readonly Locale Chinese = new("zh", "");

    // The geocoder loads its per-country data lazily into plain dictionaries; dispatch lanes call it concurrently.
    private static readonly Lock GeocoderLock = new();

    /// <summary>Region names by length, longest first, so that a description is matched by the whole name.</summary>
    private static readonly (string Name, Region Region)[] Provinces = Enum.GetValues<Region>()
        .Where(r => r != Region.Nationwide)
        .Select(r => (RegionNames.ChineseOf(r), r))
        .OrderByDescending(p => p.Item1.Length)
        .ToArray();

    /// <param name="phone">E.164 (<c>+86…</c>), as recipients store it.</param>
    public static Region? Of(string phone)
    {
        if (!phone.StartsWith("+86", StringComparison.Ordinal))
            return null;
        string description;
        try
        {
            var number = Numbers.Parse(phone, "CN");
            lock (GeocoderLock)
                description = Geocoder.GetDescriptionForNumber(number, Chinese);
        }
        catch (NumberParseException)
        {
            return null;
        }
        return FromDescription(description);
    }

    /// <summary>
    /// The province of a channel number (通道号) from its prefix: a mobile 号段 (1[3-9] and at least 7 digits, the
    /// digits that place a range) is looked up as the first number of the range; 106 service ports and anything
    /// else name no province. Null then: the binding defaults to NATIONWIDE.
    /// </summary>
    public static Region? OfChannelNumber(string number)
    {
        if (number.Length < 7 || number[0] != '1' || number[1] is < '3' or > '9' || !number.All(char.IsAsciiDigit))
            return null;
        return Of("+86" + (number.Length >= 11 ? number[..11] : number.PadRight(11, '0')));
    }

    /// <summary>The region a geocoder description names at its start, if any.</summary>
    public static Region? FromDescription(string description)
    {
        foreach (var (name, region) in Provinces)
        {
            if (description.StartsWith(name, StringComparison.Ordinal))
                return region;
        }
        return null;
    }
}
