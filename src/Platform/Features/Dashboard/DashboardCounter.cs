namespace KooMessage.Platform.Features.Dashboard;

/// <summary>One counter of the overview that changed: its name, its value now and the value the subscriber had (null in the first message).</summary>
public sealed record DashboardCounter(string Name, int Value, int? Previous);
