// One validation problem, located by a path such as 'products[2].inequities[0].id'
// ('' for the document itself). Messages are Spanish: users read them.
export interface FieldError {
  path: string;
  message: string;
}
