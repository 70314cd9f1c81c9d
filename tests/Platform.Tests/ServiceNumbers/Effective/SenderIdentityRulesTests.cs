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
    public void Provinces_come_from_the_bundled_geocoding_data_of_the_number_prefix()
    {
        Assert.Equal(Region.Beijing, PhoneProvinces.Of("+8613800138000"));
        Assert.Equal(Region.Shanghai, PhoneProvinces.Of("+8613800210001"));
        Assert.Equal(Region.Jiangsu, PhoneProvinces.Of("+8613912345678"));
        Assert.Equal(Region.Chongqing, PhoneProvinces.Of("+8613512345678"));
        // A range the data only knows as 中国, a foreign number, garbage: no province, only NATIONWIDE applies.
        Assert.Null(PhoneProvinces.Of("+8619912345678"));
        Assert.Null(PhoneProvinces.Of("+14155550100"));
        Assert.Null(PhoneProvinces.Of("+86abc"));
    }

    [Fact]
    public void Geocoder_descriptions_map_to_regions_by_their_leading_name()
    {
        Assert.Equal(Region.InnerMongolia, PhoneProvinces.FromDescription("内蒙古呼和浩特市"));
        Assert.Equal(Region.Heilongjiang, PhoneProvinces.FromDescription("黑龙江省"));
        Assert.Equal(Region.Guangxi, PhoneProvinces.FromDescription("广西南宁市"));
        Assert.Equal(Region.Guangdong, PhoneProvinces.FromDescription("广东省广州市"));
        Assert.Equal(Region.Shaanxi, PhoneProvinces.FromDescription("陕西省"));
        Assert.Equal(Region.Shanxi, PhoneProvinces.FromDescription("山西省"));
        Assert.Equal(Region.Tianjin, PhoneProvinces.FromDescription("天津"));
        Assert.Null(PhoneProvinces.FromDescription("中国"));
        Assert.Null(PhoneProvinces.FromDescription(""));
    }

    [Fact]
    public void A_channel_number_is_provincial_only_when_its_prefix_is_a_mobile_range_of_one_province()
    {
        Assert.Equal(Region.Beijing, PhoneProvinces.OfChannelNumber("1380013"));
        Assert.Equal(Region.Jiangsu, PhoneProvinces.OfChannelNumber("13912345678"));
        Assert.Equal(Region.Jiangsu, PhoneProvinces.OfChannelNumber("139123456789012"));
        Assert.Null(PhoneProvinces.OfChannelNumber("10690001234"));
        Assert.Null(PhoneProvinces.OfChannelNumber("138001"));
        Assert.Null(PhoneProvinces.OfChannelNumber("12345"));
        Assert.Null(PhoneProvinces.OfChannelNumber("1991234"));
    }
}
