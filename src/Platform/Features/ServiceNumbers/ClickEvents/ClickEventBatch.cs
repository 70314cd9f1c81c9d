namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The JSON body of <c>POST /sn/events</c>.</summary>
public sealed class ClickEventBatch
{
    public List<ClickEventInput?>? Events { get; set; }
}
