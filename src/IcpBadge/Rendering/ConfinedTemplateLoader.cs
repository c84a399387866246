using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IcpBadge.Rendering;

/// <summary>Resolves <c>include "name"</c> through an <see cref="ITemplateSource"/>: names only, never paths.</summary>
internal sealed class ConfinedTemplateLoader(ITemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TemplateName.IsValid(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a template name: includes take a name such as \"icp-link\", never a path.");
        }

        return templateName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        source.TryGetTemplate(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"The template '{templatePath}' was not found in {source.Description}.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
