namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The fields of a channel number, shared by create and update.</summary>
public abstract class ChannelNumberFieldsInput
{
    public ChannelNumberKind Type { get; set; }

    public string Number { get; set; } = string.Empty;

    public List<string> Signatures { get; set; } = [];

    public List<string>? ProofImageIds { get; set; }
}

public sealed class CreateChannelNumberInput : ChannelNumberFieldsInput;

public sealed class UpdateChannelNumberInput : ChannelNumberFieldsInput
{
    public string Id { get; set; } = string.Empty;
}
