using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Tests.Filings;

/// <summary>The seed's contact-phone and enterprise-type rules of the enterprise profile (企业信息).</summary>
public sealed class EnterpriseProfileRulesTests
{
    private static EnterpriseProfileDetails Details(string phone, EnterpriseType type = EnterpriseType.Private)
        => new("深圳市示例科技有限公司", CertificateType.ThreeInOne, "91110000600037341L", "王五", phone, "ops@example.cn", type, "软件和信息技术服务业");

    private static IReadOnlyList<string> Fields(EnterpriseProfileDetails details)
    {
        var v = new InputValidator().ValidateProfile(details);
        return v.IsValid ? [] : Assert.Throws<DomainException>(v.ThrowIfInvalid).Errors.OfType<ValidationError>().Select(e => e.Field).ToList();
    }

    [Theory]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("010-12345678", "010-12345678")]
    [InlineData("0755 87654321", "0755-87654321")]
    public void The_contact_phone_is_a_mobile_or_a_landline_with_its_area_code(string raw, string stored)
    {
        Assert.Empty(Fields(Details(raw)));
        Assert.Equal(stored, EnterpriseProfileRules.NormalizeContactPhone(raw));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1380013800")]
    [InlineData("400-800-8888")]
    public void Other_numbers_are_refused_on_contact_phone(string raw) => Assert.Equal(["contactPhone"], Fields(Details(raw)));

    [Fact]
    public void A_private_non_enterprise_unit_is_an_enterprise_type()
    {
        Assert.Empty(Fields(Details("010-12345678", EnterpriseType.PrivateNonEnterpriseUnit)));
        Assert.Equal("PRIVATE_NON_ENTERPRISE_UNIT", EnumNames.Of(EnterpriseType.PrivateNonEnterpriseUnit));
    }
}
