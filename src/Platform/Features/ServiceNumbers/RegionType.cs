using GraphQL.Types;

namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class RegionType : EnumerationGraphType<Region>
{
    public RegionType()
    {
        Name = nameof(Region);
        Description = "Where a binding applies (区域): NATIONWIDE 全国, or one of the 34 provincial-level divisions.";
        foreach (var value in Values)
            value.Description = RegionNames.ChineseOf((Region)value.Value!);
    }
}
