using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Which service number a send task's message shows, from its recipient's province and the signature's bindings; the bundled prefix table.</summary>
public sealed class SenderIdentityRulesTests
{
    private static readonly Guid Bank = Guid.NewGuid();
    private static readonly Guid Group = Guid.NewGuid();
    private static readonly Guid Later = Guid.NewGuid();

    [Fact]
    public void The_province_binding_wins_then_nationwide_and_the_oldest_binding_of_a_region()
    {
        var byRegion = SenderIdentityRules.ByRegion([(Bank, Region.Beijing), (Group, Region.Nationwide), (Later, Region.Beijing), (Later, Region.Nationwide)]);
        Assert.Equal(Bank, SenderIdentityRules.Choose(byRegion, Region.Beijing));
        Assert.Equal(Group, SenderIdentityRules.Choose(byRegion, Region.Shanghai));
        Assert.Equal(Group, SenderIdentityRules.Choose(byRegion, null));

        var beijingOnly = SenderIdentityRules.ByRegion([(Bank, Region.Beijing)]);
        Assert.Null(SenderIdentityRules.Choose(beijingOnly, Region.Shanghai));
        Assert.Null(SenderIdentityRules.Choose(beijingOnly, null));
        Assert.Null(SenderIdentityRules.Choose(SenderIdentityRules.ByRegion([]), Region.Beijing));
    }

    [Fact]
    public void The_bundled_table_finds_provinces_by_the_longest_prefix_and_rejects_bad_lines()
    {
        Assert.Equal(Region.Beijing, PhoneProvinces.Of("+8613800138000"));
        Assert.Equal(Region.Shanghai, PhoneProvinces.Of("+8613800210001"));
        Assert.Null(PhoneProvinces.Of("+8613912345678"));
        Assert.Null(PhoneProvinces.Of("+14155550100"));

        var table = PhoneProvinces.Parse(["# comment", "prefix,region", "138,GUANGDONG", "1380013,BEIJING", ""]);
        Assert.Equal(2, table.Count);
        Assert.Throws<InvalidDataException>(() => PhoneProvinces.Parse(["1380013,NATIONWIDE"]));
        Assert.Throws<InvalidDataException>(() => PhoneProvinces.Parse(["13a0013,BEIJING"]));
        Assert.Throws<InvalidDataException>(() => PhoneProvinces.Parse(["1380013,BEIJING", "1380013,SHANGHAI"]));
    }
}
