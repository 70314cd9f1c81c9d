using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The fields of a service number's profile, shared by create and update.</summary>
public abstract record ServiceNumberProfileFields
{
    [Description("服务号名称, 1–15 characters, unique on the platform.")] public required string Name { get; init; }

    [Description("备注名, 1–15 characters.")] public required string Remark { get; init; }

    [Description("所属行业.")] public required ServiceNumberIndustry Industry { get; init; }

    [Description("简介, 1–75 characters.")] public required string Intro { get; init; }

    [Id, Description("An uploaded IMAGE file (png/jpg), square.")] public required string LogoFileId { get; init; }

    [Description("签名授权: on, every channel number with a bound channel number's signature shows it; off, only bound channel numbers do.")] public required bool SignatureAuthorization { get; init; }

    [Id, Description("授权书: an uploaded AUTHORIZATION_IMAGE or IMAGE file (jpg/png/bmp).")] public required string AuthorizationLetterFileId { get; init; }
}

public sealed record CreateServiceNumberInput : ServiceNumberProfileFields;

public sealed record UpdateServiceNumberInput : ServiceNumberProfileFields
{
    [Id, Description("The service number.")] public required string Id { get; init; }
}
