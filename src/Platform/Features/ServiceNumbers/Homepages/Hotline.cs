namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>A customer-service number on a homepage (服务热线) and what it is for.</summary>
public sealed record Hotline(string Number, string Usage);
