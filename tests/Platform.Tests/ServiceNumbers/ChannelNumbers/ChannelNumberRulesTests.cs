using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Tests.ServiceNumbers;

public sealed class ChannelNumberRulesTests
{
    private static List<string> Fields(ChannelNumberKind kind, string number, IReadOnlyList<string>? signatures = null, int proofs = 1)
    {
        var v = new InputValidator().ValidateChannelNumber(kind, number, signatures ?? ["示例银行"], proofs);
        return v.IsValid ? [] : Assert.Throws<DomainException>(v.ThrowIfInvalid).Errors.Cast<ValidationError>().Select(e => e.Field).ToList();
    }

    [Theory]
    [InlineData(ChannelNumberKind.Ordinary, "10690001234", true)]
    [InlineData(ChannelNumberKind.Ordinary, "123456789012345678901", true)]
    [InlineData(ChannelNumberKind.Ordinary, "1234567890123456789012", false)]
    [InlineData(ChannelNumberKind.Ordinary, "12", false)]
    [InlineData(ChannelNumberKind.Prefix, "1069", true)]
    [InlineData(ChannelNumberKind.Prefix, "1069a", false)]
    [InlineData(ChannelNumberKind.Suffix, "12345", true)]
    [InlineData(ChannelNumberKind.Suffix, "1234", false)]
    [InlineData(ChannelNumberKind.Suffix, "123456", false)]
    [InlineData(ChannelNumberKind.Suffix, "１２３４５", false)]
    public void Numbers_follow_their_type(ChannelNumberKind kind, string number, bool valid)
        => Assert.Equal(valid ? [] : ["number"], Fields(kind, number));

    [Fact]
    public void Spaces_and_dashes_are_dropped_from_numbers()
        => Assert.Equal("10690001234", ChannelNumberRules.NormalizeNumber(" 1069-0001 234 "));

    [Fact]
    public void Signatures_are_one_to_five_of_two_to_eighteen_characters()
    {
        Assert.Equal(["signatures"], Fields(ChannelNumberKind.Ordinary, "10690001234", []));
        Assert.Equal(["signatures"], Fields(ChannelNumberKind.Ordinary, "10690001234", ["aa", "bb", "cc", "dd", "ee", "ff"]));
        Assert.Equal(["signatures[0]"], Fields(ChannelNumberKind.Ordinary, "10690001234", ["银"]));
        Assert.Equal(["signatures[0]"], Fields(ChannelNumberKind.Ordinary, "10690001234", [new string('签', 19)]));
        Assert.Empty(Fields(ChannelNumberKind.Ordinary, "10690001234", [new string('签', 18)]));
        Assert.Equal(["signatures[1]"], Fields(ChannelNumberKind.Ordinary, "10690001234", ["示例银行", "示例银行"]));
    }

    [Fact]
    public void Signatures_are_compared_without_their_brackets()
        => Assert.Equal("示例银行", ChannelNumberRules.NormalizeSignature(" 【示例银行】 "));

    [Fact]
    public void At_most_five_proof_images()
    {
        Assert.Empty(Fields(ChannelNumberKind.Ordinary, "10690001234", proofs: 5));
        Assert.Equal(["proofImageIds"], Fields(ChannelNumberKind.Ordinary, "10690001234", proofs: 6));
    }

    [Theory]
    [InlineData(ChannelNumberKind.Ordinary, "10690001234", "10690001234", true)]
    [InlineData(ChannelNumberKind.Ordinary, "10690001234", "106900012345", false)]
    [InlineData(ChannelNumberKind.Prefix, "1069000", "10690001234", true)]
    [InlineData(ChannelNumberKind.Prefix, "1069000", "10680001234", false)]
    [InlineData(ChannelNumberKind.Suffix, "01234", "10690001234", true)]
    [InlineData(ChannelNumberKind.Suffix, "01234", "10690001235", false)]
    public void Senders_match_by_type(ChannelNumberKind kind, string number, string sender, bool matches)
        => Assert.Equal(matches, ChannelNumberRules.Matches(kind, number, sender));

    [Fact]
    public void Exact_numbers_beat_longer_prefixes_which_beat_shorter_ones_and_suffixes()
    {
        Assert.True(ChannelNumberRules.Specificity(ChannelNumberKind.Ordinary, "10690001234") > ChannelNumberRules.Specificity(ChannelNumberKind.Prefix, "106900012"));
        Assert.True(ChannelNumberRules.Specificity(ChannelNumberKind.Prefix, "106900012") > ChannelNumberRules.Specificity(ChannelNumberKind.Prefix, "1069"));
        Assert.True(ChannelNumberRules.Specificity(ChannelNumberKind.Prefix, "106") > ChannelNumberRules.Specificity(ChannelNumberKind.Suffix, "01234"));
    }
}
