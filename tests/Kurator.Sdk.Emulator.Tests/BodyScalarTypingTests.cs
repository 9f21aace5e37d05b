using Kurator.Sdk.Emulator.Json;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>
/// YAML request bodies are typed by the SDK's one core-schema routine. The emulator used to keep <c>0x1F</c> and
/// <c>0o17</c> as strings while the schema reader and the runtime read them as integers.
/// </summary>
public sealed class BodyScalarTypingTests
{
    [Fact]
    public void Yaml_body_scalars_follow_the_core_schema()
    {
        var obj = BodyReader.ParseObject("a: 0x1F\nb: 0o17\nc: -0x1F\nd: .inf\ne: yes\nf: +12\ng: 1.\nh: '0x1F'\n", allowYaml: true);

        Assert.Equal("""{"a":31,"b":15,"c":"-0x1F","d":".inf","e":"yes","f":12,"g":1,"h":"0x1F"}""", obj.ToJsonString());
    }
}
