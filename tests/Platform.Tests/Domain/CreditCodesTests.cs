using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Tests.Domain;

public sealed class CreditCodesTests
{
    [Theory]
    [InlineData("914403001922038216")]
    [InlineData("91110000600037341L")]
    [InlineData("91110000600037341l")]
    [InlineData("9111 0000-6000 37341L")]
    public void Valid_unified_social_credit_codes_pass(string code) => Assert.True(CreditCodes.IsValidUnifiedSocialCreditCode(code));

    [Theory]
    [InlineData("91110000600037341M")]
    [InlineData("914403001922038217")]
    [InlineData("91110000600037341")]
    [InlineData("9111000060003734100")]
    [InlineData("9111000O600037341L")]
    [InlineData("91AB0000600037341L")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_unified_social_credit_codes_fail(string? code) => Assert.False(CreditCodes.IsValidUnifiedSocialCreditCode(code));

    [Theory]
    [InlineData("D2143569-X", true)]
    [InlineData("D2143569X", true)]
    [InlineData("D21435691", false)]
    [InlineData("12345678", false)]
    public void Organization_codes_follow_gb_11714(string code, bool valid) => Assert.Equal(valid, CreditCodes.IsValidOrganizationCode(code));
}
