using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.SendTasks;

[Description("What an effect preview (效果预览) shows: a card, the SMS that carries its link, and sample values.")]
public sealed record PreviewSmartMessageInput
{
    [Id, Description("A smart template of the tenant's, or a public one.")] public required string SmartTemplateId { get; init; }

    [Id, Description("A smart-message SMS template of the tenant's.")] public required string SmsTemplateId { get; init; }

    [Id, Description("The SMS template's signature.")] public required string SignatureId { get; init; }

    [Description("Values of the card's parameters; those left out are empty.")] public List<CardParameterValueInput>? Parameters { get; init; }

    [Description("Values of the SMS template's variables other than its short link, in index order.")] public List<string>? Variables { get; init; }

    [Description("The phone family whose layout width the preview page uses; HUAWEI when omitted.")] public PhoneModel? PhoneModel { get; init; }
}
