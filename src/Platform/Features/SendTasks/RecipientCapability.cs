namespace KooMessage.Platform.Features.SendTasks;

public enum RecipientCapability
{
    /// <summary>可解析: the phone renders smart cards.</summary>
    Resolvable,

    /// <summary>不可解析: a valid number that cannot render the card.</summary>
    Unresolvable,

    /// <summary>无效: not a valid number, or its row's values do not fit the template.</summary>
    Invalid,
}
