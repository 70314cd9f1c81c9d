using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Tests.Domain;

public sealed class LandlineNumbersTests
{
    [Theory]
    [InlineData("010-12345678", "010-12345678")]
    [InlineData("01012345678", "010-12345678")]
    [InlineData("(0755) 8765 4321", "0755-87654321")]
    [InlineData("（０２１）６２３４５６７８", "021-62345678")]
    [InlineData(" 0571-8765432 ", "0571-8765432")]
    public void Area_code_and_local_number_are_kept_as_area_dash_local(string raw, string expected)
        => Assert.Equal(expected, LandlineNumbers.Normalize(raw));

    [Theory]
    [InlineData("12345678")]            // no area code
    [InlineData("011-12345678")]        // 01x other than 010 is no area code
    [InlineData("010-02345678")]        // local numbers never start with 0
    [InlineData("010-123456")]          // six digits
    [InlineData("010-123456789")]       // nine digits
    [InlineData("13800138000")]         // a mobile number is not a landline
    [InlineData("010-1234567a")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_landline(string? raw) => Assert.Null(LandlineNumbers.Normalize(raw));

    [Fact]
    public void Long_input_is_refused_before_any_pattern_runs() => Assert.Null(LandlineNumbers.Normalize(new string('0', 10_000)));
}
