using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.Filings;

namespace KooMessage.Platform.Tests.Filings;

public sealed class FilingRulesTests
{
    private static IReadOnlyList<string> Fields(InputValidator v)
    {
        try
        {
            v.ThrowIfInvalid();
            return [];
        }
        catch (DomainException ex)
        {
            return ex.Errors.OfType<ValidationError>().Select(e => e.Field).ToList();
        }
    }

    [Fact]
    public void A_smart_message_filing_needs_a_kind_and_other_areas_have_none()
    {
        Assert.Equal(["kinds"], Fields(new InputValidator().ValidateContents(ProductArea.SmartMessage, SmartMessageUsage.None, [])));
        Assert.Equal(["kinds"], Fields(new InputValidator().ValidateContents(ProductArea.ServiceNumber, SmartMessageUsage.SendTask, [])));
        Assert.Empty(Fields(new InputValidator().ValidateContents(ProductArea.SmartMessage, SmartMessageUsage.SendTask | SmartMessageUsage.ShortLink, [])));
    }

    [Fact]
    public void Documents_must_belong_to_the_area_and_single_ones_appear_once()
    {
        Assert.Equal(["documents[0].type"], Fields(new InputValidator().ValidateContents(ProductArea.SmartMessage, SmartMessageUsage.SendTask,
            [DocumentType.HuaweiAuthorization])));
        Assert.Equal(["documents[1].type"], Fields(new InputValidator().ValidateContents(ProductArea.SmartMessage, SmartMessageUsage.SendTask,
            [DocumentType.MaterialCommitmentLetter, DocumentType.MaterialCommitmentLetter])));
        Assert.Empty(Fields(new InputValidator().ValidateContents(ProductArea.SmartMessage, SmartMessageUsage.SendTask,
            [DocumentType.SpecialMaterials, DocumentType.SpecialMaterials])));
    }

    [Theory]
    [InlineData(ProductArea.SmartMessage, new[] { "documents.MATERIAL_COMMITMENT_LETTER", "documents.SIGNATURE_AUTHORIZATION_LETTER" })]
    [InlineData(ProductArea.ServiceNumber, new[] { "documents.HUAWEI_AUTHORIZATION" })]
    [InlineData(ProductArea.BasicEdition, new[] { "documents.MATERIAL_COMMITMENT_LETTER", "documents.SIGNATURE_AUTHORIZATION_LETTER", "documents.PORT_CUSTOMER_REGISTRATION_FORM" })]
    public void Each_area_names_its_required_documents(ProductArea area, string[] missing)
        => Assert.Equal(missing, Fields(new InputValidator().ValidateComplete(area, [])));

    [Fact]
    public void Kinds_round_trip()
        => Assert.Equal([FilingKind.SendTask, FilingKind.ShortLink], FilingRules.KindsOf(FilingRules.UsageOf([FilingKind.ShortLink, FilingKind.SendTask])));
}
