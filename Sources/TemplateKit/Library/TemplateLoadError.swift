/// Why a library could not hand out a template: the file, or the template in it.
enum TemplateLoadError: Error {
    /// The template could not be found or read.
    case library(TemplateLibraryError)
    /// The template was read but does not parse.
    case template(TemplateError)
}
