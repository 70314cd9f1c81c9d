using System.Text.Json;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>A <see cref="SenderIdentity"/> as gateways carry it: the service number and its logo file as global IDs, and its name.</summary>
public static class SenderPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object? Of(SenderIdentity? sender) => sender is null ? null : new
    {
        serviceNumberId = GlobalId.Encode("ServiceNumber", sender.ServiceNumberId),
        name = sender.Name,
        logoFileId = GlobalId.Encode(StoredFile.GraphTypeName, sender.LogoFileId),
    };

    public static string? Serialize(SenderIdentity? sender) => sender is null ? null : JsonSerializer.Serialize(Of(sender), Json);
}
