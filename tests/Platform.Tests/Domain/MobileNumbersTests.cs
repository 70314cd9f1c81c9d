using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Tests.Domain;

public sealed class MobileNumbersTests
{
    [Theory]
    [InlineData("13800138000", "+8613800138000")]
    [InlineData(" 138-0013-8000 ", "+8613800138000")]
    [InlineData("(138) 0013 8000", "+8613800138000")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("008613800138000", "+8613800138000")]
    [InlineData("8613800138000", "+8613800138000")]
    [InlineData("１３８００１３８０００", "+8613800138000")]
    [InlineData("＋８６　１９９１２３４５６７８", "+8619912345678")]
    public void Numbers_normalise_to_e164(string raw, string expected) => Assert.Equal(expected, MobileNumbers.Normalize(raw));

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("0138001380")]
    [InlineData("+1 415 555 0100")]
    [InlineData("abc")]
    [InlineData("")]
    public void Invalid_numbers_are_null(string raw) => Assert.Null(MobileNumbers.Normalize(raw));

    [Fact]
    public void International_numbers_only_when_enabled()
    {
        Assert.Null(MobileNumbers.Normalize("+14155550100"));
        Assert.Equal("+14155550100", MobileNumbers.Normalize("+1 415-555-0100", allowInternational: true));
    }
}
