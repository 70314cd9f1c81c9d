using System.ComponentModel;
using System.Reflection;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The console's Chinese name of every <see cref="Region"/>: the value's description, declared once on the enum.</summary>
public static class RegionNames
{
    private static readonly Dictionary<Region, string> Chinese = Enum.GetValues<Region>().ToDictionary(
        region => region,
        region => typeof(Region).GetField(region.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description);

    public static string ChineseOf(Region region) => Chinese[region];
}
