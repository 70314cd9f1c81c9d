using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class EffectiveServiceNumberResolverTests
{
    private static readonly Guid Exact = Guid.NewGuid();
    private static readonly Guid Prefix = Guid.NewGuid();
    private static readonly Guid Suffix = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid Bank = Guid.NewGuid();
    private static readonly Guid Card = Guid.NewGuid();
    private static readonly Guid Shared = Guid.NewGuid();

    private static readonly List<(Guid Id, ChannelNumberKind Kind, string Number, IReadOnlyCollection<string> Signatures)> Channels =
    [
        (Exact, ChannelNumberKind.Ordinary, "10690001234", ["示例银行"]),
        (Prefix, ChannelNumberKind.Prefix, "1069000", ["示例银行", "示例信用卡"]),
        (Suffix, ChannelNumberKind.Suffix, "01234", ["示例银行"]),
        (Other, ChannelNumberKind.Ordinary, "10695555", ["示例银行"]),
    ];

    private static (bool Shows, bool SignatureAuthorization) State(Guid id)
        => id == Bank ? (true, false) : id == Card ? (true, false) : id == Shared ? (true, true) : (false, false);

    private static (Guid ChannelNumberId, Guid BindingId, bool BySignatureAuthorization)? Resolve(
        string sender, string signature, Region province, params (Guid Id, Guid ServiceNumberId, Guid ChannelNumberId, Region Region)[] bindings)
        => EffectiveServiceNumberResolver.Resolve(sender, signature, province, Channels, bindings, State);

    [Fact]
    public void The_most_specific_channel_number_with_a_covering_binding_decides()
    {
        var exactBinding = (Guid.NewGuid(), Bank, Exact, Region.Guangdong);
        var prefixBinding = (Guid.NewGuid(), Card, Prefix, Region.Nationwide);

        var inGuangdong = Resolve("10690001234", "示例银行", Region.Guangdong, exactBinding, prefixBinding);
        Assert.Equal((Exact, exactBinding.Item1, false), inGuangdong);

        // The exact number has no binding for Beijing, so the prefix's nationwide binding applies.
        var inBeijing = Resolve("10690001234", "示例银行", Region.Beijing, exactBinding, prefixBinding);
        Assert.Equal((Prefix, prefixBinding.Item1, false), inBeijing);
    }

    [Fact]
    public void The_signature_must_be_one_the_channel_number_carries()
    {
        var binding = (Guid.NewGuid(), Bank, Exact, Region.Nationwide);
        Assert.Null(Resolve("10690001234", "别的签名", Region.Beijing, binding));
        // 示例信用卡 is carried only by the prefix channel number, which has no binding.
        Assert.Null(Resolve("10690001234", "示例信用卡", Region.Beijing, binding));
    }

    [Fact]
    public void Suffix_channel_numbers_match_the_last_five_digits()
    {
        var binding = (Guid.NewGuid(), Bank, Suffix, Region.Nationwide);
        Assert.Equal((Suffix, binding.Item1, false), Resolve("10681101234", "示例银行", Region.Hubei, binding));
    }

    [Fact]
    public void A_service_number_that_does_not_show_is_passed_over()
    {
        var frozen = (Guid.NewGuid(), Guid.NewGuid(), Exact, Region.Nationwide);
        var fallback = (Guid.NewGuid(), Card, Prefix, Region.Nationwide);
        Assert.Equal((Prefix, fallback.Item1, false), Resolve("10690001234", "示例银行", Region.Beijing, frozen, fallback));
        Assert.Null(Resolve("10690001234", "示例银行", Region.Beijing, frozen));
    }

    [Fact]
    public void Signature_authorisation_extends_a_binding_to_every_channel_number_of_the_signature()
    {
        var authorised = (Guid.NewGuid(), Shared, Other, Region.Nationwide);
        Assert.Equal((Exact, authorised.Item1, true), Resolve("10690001234", "示例银行", Region.Tibet, authorised));

        var notAuthorised = (Guid.NewGuid(), Bank, Other, Region.Nationwide);
        Assert.Null(Resolve("10690001234", "示例银行", Region.Tibet, notAuthorised));
    }

    [Fact]
    public void An_unknown_sender_shows_nothing_even_with_signature_authorisation()
    {
        var authorised = (Guid.NewGuid(), Shared, Other, Region.Nationwide);
        Assert.Null(Resolve("95588", "示例银行", Region.Tibet, authorised));
    }

    [Fact]
    public void Regions_overlap_when_either_is_nationwide_or_both_are_the_same_province()
    {
        Assert.True(BindingRules.Overlap(Region.Nationwide, Region.Beijing));
        Assert.True(BindingRules.Overlap(Region.Beijing, Region.Nationwide));
        Assert.True(BindingRules.Overlap(Region.Beijing, Region.Beijing));
        Assert.False(BindingRules.Overlap(Region.Beijing, Region.Shanghai));
        Assert.Equal(Region.Nationwide, BindingRules.FirstOverlap([Region.Shanghai, Region.Nationwide], Region.Beijing));
        Assert.Null(BindingRules.FirstOverlap([Region.Shanghai], Region.Beijing));
    }

    [Fact]
    public void A_phone_of_unknown_province_sees_only_nationwide_bindings()
    {
        Assert.True(BindingRules.Covers(Region.Nationwide, Region.Nationwide));
        Assert.False(BindingRules.Covers(Region.Beijing, Region.Nationwide));
        Assert.True(BindingRules.Covers(Region.Nationwide, Region.Macao));
    }

    [Fact]
    public void There_are_thirty_four_provinces_each_with_its_chinese_name()
    {
        var provinces = Enum.GetValues<Region>().Where(r => r != Region.Nationwide).ToList();
        Assert.Equal(34, provinces.Count);
        Assert.Equal(34, provinces.Select(RegionNames.ChineseOf).Distinct().Count());
        Assert.Equal("全国", RegionNames.ChineseOf(Region.Nationwide));
        Assert.Equal("内蒙古", RegionNames.ChineseOf(Region.InnerMongolia));
    }
}
