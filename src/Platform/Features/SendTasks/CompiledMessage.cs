using System.Text;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A message text cut into fixed parts with a slot between each two (<see cref="MessageRenderer.Compile"/>):
/// a slot is a value's position in a recipient's values, <see cref="LinkSlot"/> for the short link, or
/// negative for a placeholder that renders empty (pure).
/// </summary>
public sealed class CompiledMessage
{
    public const int LinkSlot = int.MinValue;

    private readonly string[] _fixedParts;
    private readonly int[] _slots;
    private readonly int _fixedLength;

    internal CompiledMessage(IReadOnlyList<string> fixedParts, IReadOnlyList<int> slots)
    {
        _fixedParts = [.. fixedParts];
        _slots = [.. slots];
        _fixedLength = _fixedParts.Sum(p => p.Length);
    }

    public string Render(IReadOnlyList<string> values, string? shortLinkUrl)
    {
        if (_slots.Length == 0)
            return _fixedParts[0];
        var builder = new StringBuilder(_fixedLength + 16 * _slots.Length + (shortLinkUrl?.Length ?? 0));
        for (var i = 0; i < _slots.Length; i++)
        {
            builder.Append(_fixedParts[i]);
            var slot = _slots[i];
            if (slot == LinkSlot)
                builder.Append(shortLinkUrl);
            else if (slot >= 0 && slot < values.Count)
                builder.Append(values[slot]);
        }
        return builder.Append(_fixedParts[^1]).ToString();
    }
}
