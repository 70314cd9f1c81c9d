using System.ComponentModel;
using GraphQL;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The fields of a channel number, shared by create and update.</summary>
public abstract record ChannelNumberFields
{
    [Description("How it matches senders.")] public required ChannelNumberKind Type { get; init; }

    [Description("Digits (spaces and dashes are dropped): 3–21, a SUFFIX exactly 5.")] public required string Number { get; init; }

    [Description("1–5 signatures (签名) of 2–18 characters; surrounding 【】 are dropped.")] public required List<string> Signatures { get; init; }

    [Id, Description("At most 5 uploaded authorisation proof images (jpg/png/bmp).")] public List<string>? ProofImageIds { get; init; }
}

public sealed record CreateChannelNumberInput : ChannelNumberFields;

public sealed record UpdateChannelNumberInput : ChannelNumberFields
{
    [Id, Description("A channel number that is not approved (DRAFT or REJECTED).")] public required string Id { get; init; }
}
