// Generado por `npm run api:types` desde el documento OpenAPI de la API; no editar a mano.
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_openSession'];
    delete: operations['AuthController_closeSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgenciesController_list'];
    put?: never;
    post: operations['AgenciesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgenciesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgenciesController_listMembers'];
    put?: never;
    post: operations['AgenciesController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/members/{membershipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['AgenciesController_removeMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgenciesController_listExperts'];
    put?: never;
    post: operations['AgenciesController_assignExpert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/experts/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['AgenciesController_unassignExpert'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CyclesController_list'];
    put?: never;
    post: operations['CyclesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CyclesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CyclesController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecordsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/records/{recordId}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecordsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecordsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/activity-records/{documentId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RecordsController_attachToActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/progress-reports/{documentId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['RecordsController_attachToProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecordsController_listEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RecordsController_downloadEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/verify/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VerifyController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ObservationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{observationId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ObservationsController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{agencyId}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IndicatorsController_list'];
    put?: never;
    post: operations['IndicatorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{indicatorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IndicatorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{indicatorId}/measurements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IndicatorsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/indicator-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IndicatorsController_prefill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CommitmentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments/{commitmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['CommitmentsController_update'];
    trace?: never;
  };
  '/api/commitments/{commitmentId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CommitmentsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlinesController_calendar'];
    put: operations['DeadlinesController_setCalendar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeadlinesController_forCycle'];
    put: operations['DeadlinesController_setForCycle'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_markAllRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OverviewController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/overview/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OverviewController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tipos de documento del ciclo: nombre, etapa y si es un registro */
    get: operations['DocumentKindsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-kinds/{kind}/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** JSON Schema (2020-12) del contenido de un tipo de documento, con nombres y ayudas en castellano */
    get: operations['DocumentKindsController_schema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/documents/evaluation/prefill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentStartsController_evaluationPrefill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/documents/{kind}/previous-year': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentStartsController_previous'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/documents/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_get'];
    put: operations['DocumentsController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/documents/{kind}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_getVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/documents/{kind}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DocumentsController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/activity-records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_listActivities'];
    put?: never;
    post: operations['DocumentsController_recordActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/progress-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_listProgress'];
    put?: never;
    post: operations['DocumentsController_reportProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/history/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HistoryController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LoginDto: {
      /**
       * Format: email
       * @description Correo electrónico de la persona
       * @example encargada.genero@servicio.gob.cl
       */
      email: string;
      /**
       * Format: password
       * @description Contraseña
       * @example una-clave-larga-y-segura
       */
      password: string;
    };
    MembershipResponse: {
      /**
       * Format: uuid
       * @description Identificador de la membresía
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * @description Rol en ese servicio
       * @example gender_officer
       * @enum {string}
       */
      role: 'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor';
      /**
       * @description Centro de responsabilidad (solo centre_lead)
       * @example null
       */
      centre: string | null;
    };
    MeResponse: {
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: email
       * @description Correo electrónico
       * @example encargada.genero@servicio.gob.cl
       */
      email: string;
      /**
       * @description Nombre completo
       * @example María González Soto
       */
      name: string;
      /**
       * @description Todos sus roles, en cualquier servicio
       * @example [
       *       "gender_officer"
       *     ]
       */
      roles: (
        'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor' | 'sernam_expert' | 'admin'
      )[];
      /** @description Sus roles por servicio */
      memberships: components['schemas']['MembershipResponse'][];
      /**
       * @description Servicios que acompaña como experta o experto de SERNAMEG
       * @example []
       */
      expertAgencyIds: string[];
    };
    LoginResponse: {
      /**
       * @description Token de acceso: se envía en el encabezado Authorization como «Bearer <token>»
       * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjJiOGMxZSJ9.c2lnbmF0dXJh
       */
      accessToken: string;
      /**
       * @description Segundos de validez del token
       * @example 3600
       */
      expiresIn: number;
      /** @description La persona que inició sesión */
      user: components['schemas']['MeResponse'];
    };
    FieldErrorResponse: {
      /**
       * @description Ruta del campo en el cuerpo o la consulta
       * @example year
       */
      path: string;
      /**
       * @description Qué tiene el campo, en español
       * @example «year» es obligatorio
       */
      message: string;
    };
    ErrorResponse: {
      /**
       * @description Código de estado HTTP
       * @example 422
       */
      statusCode: number;
      /**
       * @description Código del error, para programas (estable)
       * @example INCOMPLETE
       */
      code: string;
      /**
       * @description Mensaje en español para las personas
       * @example El documento está incompleto
       */
      message: string;
      /** @description Los campos con problemas (400 VALIDATION_FAILED); otros detalles del error van junto a este */
      fields?: components['schemas']['FieldErrorResponse'][];
      /**
       * @description Identificador de la solicitud, para buscarla en los registros
       * @example req-1a2b3c
       */
      requestId?: string;
    };
    SessionResponse: {
      /** @description La persona que inició sesión */
      user: components['schemas']['MeResponse'];
    };
    ChangePasswordDto: {
      /**
       * Format: password
       * @description Contraseña actual
       * @example una-clave-larga-y-segura
       */
      currentPassword: string;
      /**
       * Format: password
       * @description Contraseña nueva (al menos 12 caracteres, distinta de la actual)
       * @example otra-clave-larga-y-segura
       */
      newPassword: string;
    };
    CreateUserDto: {
      /**
       * Format: email
       * @description Correo electrónico con el que la persona ingresa (se guarda en minúsculas)
       * @example encargada.genero@servicio.gob.cl
       */
      email: string;
      /**
       * @description Nombre completo
       * @example María González Soto
       */
      name: string;
      /**
       * Format: password
       * @description Contraseña inicial (al menos 12 caracteres)
       * @example una-clave-larga-y-segura
       */
      password: string;
    };
    UserResponse: {
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: email
       * @description Correo electrónico, en minúsculas
       * @example encargada.genero@sernameg.gob.cl
       */
      email: string;
      /**
       * @description Nombre completo
       * @example María González Soto
       */
      name: string;
      /**
       * @description Si puede iniciar sesión (false: desactivada)
       * @example true
       */
      active: boolean;
      /**
       * @description Si administra la plataforma
       * @example false
       */
      isAdmin: boolean;
      /**
       * Format: date-time
       * @description Cuándo se creó
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
    };
    UserListResponse: {
      /** @description Las personas de esta página, por correo electrónico */
      items: components['schemas']['UserResponse'][];
      /**
       * @description Cuántas personas hay en total
       * @example 42
       */
      total: number;
    };
    UpdateUserDto: {
      /**
       * @description Nombre completo
       * @example María González Soto
       */
      name?: string;
      /**
       * Format: password
       * @description Contraseña nueva (al menos 12 caracteres); cierra las sesiones abiertas de la persona
       * @example otra-clave-larga-y-segura
       */
      password?: string;
      /**
       * @description Si la persona puede ingresar (false la desactiva)
       * @example false
       */
      active?: boolean;
    };
    CreateAgencyDto: {
      /**
       * @description Código del servicio (se guarda en mayúsculas): letras, dígitos, guiones o guiones bajos
       * @example SERNAMEG
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Servicio Nacional de la Mujer y la Equidad de Género
       */
      name: string;
      /**
       * @description Ministerio del que depende el servicio
       * @example Ministerio de la Mujer y la Equidad de Género
       */
      ministry: string;
    };
    AgencyResponse: {
      /**
       * Format: uuid
       * @description Identificador del servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Código del servicio
       * @example SERNAMEG
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Servicio Nacional de la Mujer y la Equidad de Género
       */
      name: string;
      /**
       * @description Ministerio del que depende
       * @example Ministerio de la Mujer y la Equidad de Género
       */
      ministry: string;
      /**
       * Format: date-time
       * @description Cuándo se creó
       * @example 2027-01-04T12:00:00.000Z
       */
      createdAt: string;
    };
    MemberPersonResponse: {
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Nombre completo
       * @example Carolina Muñoz Rojas
       */
      name: string;
      /**
       * Format: email
       * @description Correo electrónico
       * @example carolina.munoz@minvu.gob.cl
       */
      email: string;
    };
    AgencyMemberWithPersonResponse: {
      /**
       * Format: uuid
       * @description Identificador de la membresía
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
      /**
       * @description Rol en el servicio
       * @example gender_officer
       * @enum {string}
       */
      role: 'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor';
      /**
       * @description Centro de responsabilidad (solo centre_lead; null en los demás roles)
       * @example Departamento de Atención Ciudadana
       */
      centre: string | null;
      /**
       * Format: date-time
       * @description Desde cuándo
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /** @description La persona */
      user: components['schemas']['MemberPersonResponse'];
    };
    AddMemberDto: {
      /**
       * Format: uuid
       * @description Identificador de la persona que se incorpora al servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
      /**
       * @description Rol que cumple en el servicio
       * @example gender_officer
       * @enum {string}
       */
      role: 'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor';
      /**
       * @description Centro de responsabilidad; obligatorio para centre_lead
       * @example Departamento de Atención Ciudadana
       */
      centre?: string;
    };
    AgencyMemberResponse: {
      /**
       * Format: uuid
       * @description Identificador de la membresía
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
      /**
       * @description Rol en el servicio
       * @example gender_officer
       * @enum {string}
       */
      role: 'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor';
      /**
       * @description Centro de responsabilidad (solo centre_lead; null en los demás roles)
       * @example Departamento de Atención Ciudadana
       */
      centre: string | null;
      /**
       * Format: date-time
       * @description Desde cuándo
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
    };
    AssignedExpertResponse: {
      /**
       * Format: uuid
       * @description Servicio que acompaña
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
      /**
       * @description Nombre completo
       * @example Javiera Soto Fuentes
       */
      name: string;
      /**
       * Format: email
       * @description Correo electrónico
       * @example javiera.soto@sernameg.gob.cl
       */
      email: string;
      /**
       * Format: date-time
       * @description Desde cuándo está asignada
       * @example 2027-03-15T14:30:00.000Z
       */
      assignedAt: string;
    };
    AssignExpertDto: {
      /**
       * Format: uuid
       * @description Identificador de la persona experta de SERNAMEG que acompañará al servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
    };
    ExpertAssignmentResponse: {
      /**
       * Format: uuid
       * @description Servicio que acompañará
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * Format: uuid
       * @description Identificador de la persona
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      userId: string;
      /**
       * @description Rol que recibe en el servicio
       * @example sernam_expert
       * @enum {string}
       */
      role: 'sernam_expert';
      /**
       * Format: date-time
       * @description Cuándo se asignó
       * @example 2027-03-15T14:30:00.000Z
       */
      assignedAt: string;
    };
    CreateCycleDto: {
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
    };
    DocumentSummaryResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
      /**
       * @description Estado del documento
       * @example draft
       * @enum {string}
       */
      status: 'draft' | 'submitted' | 'approved' | 'visa-granted' | 'registered';
      /**
       * @description Versión vigente (0: aún sin contenido)
       * @example 2
       */
      version: number;
      /**
       * @description SHA-256 del contenido vigente; null sin versiones
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string | null;
    };
    RegisterCountsResponse: {
      /**
       * @description Entradas de «Registro de Actividades Realizadas»
       * @example 0
       */
      'activity-record': number;
      /**
       * @description Entradas de «Informe de Avance»
       * @example 0
       */
      'progress-report': number;
    };
    ReturnsPerGateResponse: {
      /**
       * @description Devoluciones de la jefatura en «Definiciones estratégicas (Ficha A1 y Formulario H)»
       * @example 0
       */
      strategicDefinitions: number;
      /**
       * @description Devoluciones de la jefatura en «Diagnóstico»
       * @example 0
       */
      diagnostic: number;
      /**
       * @description Devoluciones de la jefatura en «Plan y Programa de Trabajo»
       * @example 0
       */
      planning: number;
      /**
       * @description Devoluciones de la jefatura en «Ajuste del Plan y Programa de Trabajo»
       * @example 0
       */
      implementation: number;
      /**
       * @description Devoluciones de la jefatura en «Evaluación de resultados y Programa de Seguimiento»
       * @example 0
       */
      evaluation: number;
    };
    DenialsPerGateResponse: {
      /**
       * @description Visaciones denegadas en «Definiciones estratégicas (Ficha A1 y Formulario H)»
       * @example 0
       */
      strategicDefinitions: number;
      /**
       * @description Visaciones denegadas en «Diagnóstico»
       * @example 0
       */
      diagnostic: number;
      /**
       * @description Visaciones denegadas en «Plan y Programa de Trabajo»
       * @example 0
       */
      planning: number;
      /**
       * @description Visaciones denegadas en «Ajuste del Plan y Programa de Trabajo»
       * @example 0
       */
      implementation: number;
      /**
       * @description Visaciones denegadas en «Evaluación de resultados y Programa de Seguimiento»
       * @example 0
       */
      evaluation: number;
    };
    CycleCountersResponse: {
      /**
       * @description Envíos a aprobación
       * @example 3
       */
      submissions: number;
      /** @description Devoluciones por etapa */
      returns: components['schemas']['ReturnsPerGateResponse'];
      /** @description Visaciones denegadas por etapa */
      denials: components['schemas']['DenialsPerGateResponse'];
      /**
       * @description Ajustes del Plan y Programa de Trabajo
       * @example 0
       */
      adjustments: number;
      /**
       * @description Revisiones por la Dirección registradas
       * @example 0
       */
      reviewRounds: number;
    };
    FrozenVersionResponse: {
      /**
       * @description Clase de documento
       * @example follow-up-programme
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
      /**
       * @description Versión
       * @example 4
       */
      version: number;
      /**
       * @description SHA-256 de esa versión
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
    };
    ReviewDecisionsResponse: {
      /**
       * @description Si la Dirección decidió modificar el diagnóstico
       * @example false
       */
      modifyDiagnostic: boolean;
      /**
       * @description Si la Dirección decidió modificar el plan
       * @example false
       */
      modifyPlan: boolean;
      /**
       * @description Si la Dirección decidió modificar el Programa de Seguimiento
       * @example true
       */
      modifyFollowUpProgramme: boolean;
    };
    LastReviewResponse: {
      /**
       * Format: uuid
       * @description Quién registró la Revisión por la Dirección
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      by: string;
      /** @description La versión revisada */
      document: components['schemas']['FrozenVersionResponse'];
      /** @description Lo que decidió la Dirección */
      decisions: components['schemas']['ReviewDecisionsResponse'];
    };
    CycleDetailResponse: {
      /**
       * Format: uuid
       * @description Identificador del ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio del ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
      /**
       * @description Etapa actual (closed cuando el ciclo terminó)
       * @example diagnostic
       */
      stage: string;
      /**
       * @description Estado dentro de la etapa
       * @example diagnostic.draft
       */
      state: string;
      /**
       * @description Si el ciclo sigue abierto o ya terminó
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /**
       * @description Revisión del ciclo: cambia con cada acción
       * @example 3
       */
      revision: number;
      /**
       * @description Roles de quienes deben actuar ahora
       * @example [
       *       "agency_head"
       *     ]
       */
      awaiting: (
        'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor' | 'sernam_expert' | 'admin'
      )[];
      /**
       * Format: date-time
       * @description Desde cuándo está en este estado
       * @example 2027-03-15T14:30:00.000Z
       */
      stateEnteredAt: string;
      /**
       * Format: uuid
       * @description El ciclo del año anterior del mismo servicio, si existe
       * @example null
       */
      previousCycleId: string | null;
      /** @description Los documentos del ciclo */
      documents: components['schemas']['DocumentSummaryResponse'][];
      /** @description Cuántas entradas tiene cada registro */
      registers: components['schemas']['RegisterCountsResponse'];
      /**
       * @description Las acciones que quien consulta puede realizar ahora
       * @example [
       *       "SUBMIT"
       *     ]
       */
      allowedEvents: (
        | 'SUBMIT'
        | 'APPROVE'
        | 'RETURN'
        | 'GRANT_VISA'
        | 'DENY_VISA'
        | 'REQUEST_ADJUSTMENT'
        | 'FINISH_IMPLEMENTATION'
        | 'RECORD_REVIEW'
        | 'DISSEMINATE'
        | 'COMPLETE'
      )[];
      /** @description Cuántas veces cada etapa devolvió sus documentos */
      counters: components['schemas']['CycleCountersResponse'];
      /** @description La última Revisión por la Dirección, si hubo */
      lastReview: components['schemas']['LastReviewResponse'] | null;
    };
    CycleListItemResponse: {
      /**
       * Format: uuid
       * @description Identificador del ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio del ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
      /**
       * @description Etapa actual (closed cuando el ciclo terminó)
       * @example diagnostic
       */
      stage: string;
      /**
       * @description Estado dentro de la etapa
       * @example diagnostic.draft
       */
      state: string;
      /**
       * @description Si el ciclo sigue abierto o ya terminó
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /**
       * @description Revisión del ciclo: cambia con cada acción
       * @example 3
       */
      revision: number;
      /**
       * @description Roles de quienes deben actuar ahora
       * @example [
       *       "agency_head"
       *     ]
       */
      awaiting: (
        'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor' | 'sernam_expert' | 'admin'
      )[];
      /**
       * Format: date-time
       * @description Desde cuándo está en este estado
       * @example 2027-03-15T14:30:00.000Z
       */
      stateEnteredAt: string;
    };
    ObservationInputDto: {
      /**
       * @description Documento en revisión al que se refiere la observación
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description Lugar en el contenido del documento: campo o elemento, separado por «/»
       * @example inequities/INQ-3/gap
       */
      path: string;
      /**
       * @description Identificador del elemento observado, cuando la observación es sobre un elemento de una lista
       * @example INQ-3
       */
      itemId?: string;
      /**
       * @description Texto de la observación
       * @example La brecha no indica la fuente de los datos por sexo.
       */
      text: string;
    };
    CycleEventDto: {
      /**
       * @description Acción sobre el ciclo
       * @example SUBMIT
       * @enum {string}
       */
      type:
        | 'SUBMIT'
        | 'APPROVE'
        | 'RETURN'
        | 'GRANT_VISA'
        | 'DENY_VISA'
        | 'REQUEST_ADJUSTMENT'
        | 'FINISH_IMPLEMENTATION'
        | 'RECORD_REVIEW'
        | 'DISSEMINATE'
        | 'COMPLETE';
      /**
       * @description Revisión del ciclo que vio quien envía; si otra persona actuó antes, se rechaza
       * @example 3
       */
      revision: number;
      /**
       * @description Comentario; al devolver (RETURN) o denegar la visación (DENY_VISA) se exige un comentario o al menos una observación
       * @example Falta desagregar por sexo la dotación del servicio.
       */
      comment?: string;
      /** @description Solo RETURN y DENY_VISA: observaciones sobre campos o elementos de los documentos en revisión */
      observations?: components['schemas']['ObservationInputDto'][];
    };
    InboxActionCountsResponse: {
      /**
       * @description Ciclos en que puede «Enviar a aprobación»
       * @example 0
       */
      SUBMIT?: number;
      /**
       * @description Ciclos en que puede «Aprobar»
       * @example 0
       */
      APPROVE?: number;
      /**
       * @description Ciclos en que puede «Devolver»
       * @example 0
       */
      RETURN?: number;
      /**
       * @description Ciclos en que puede «Otorgar visación»
       * @example 0
       */
      GRANT_VISA?: number;
      /**
       * @description Ciclos en que puede «Denegar visación»
       * @example 0
       */
      DENY_VISA?: number;
      /**
       * @description Ciclos en que puede «Solicitar ajuste»
       * @example 0
       */
      REQUEST_ADJUSTMENT?: number;
      /**
       * @description Ciclos en que puede «Finalizar implementación»
       * @example 0
       */
      FINISH_IMPLEMENTATION?: number;
      /**
       * @description Ciclos en que puede «Registrar la Revisión por la Dirección»
       * @example 0
       */
      RECORD_REVIEW?: number;
      /**
       * @description Ciclos en que puede «Registrar la difusión»
       * @example 0
       */
      DISSEMINATE?: number;
      /**
       * @description Ciclos en que puede «Registrar la estandarización»
       * @example 0
       */
      COMPLETE?: number;
    };
    InboxStageCountsResponse: {
      /**
       * @description Ciclos en «Definiciones estratégicas (Ficha A1 y Formulario H)»
       * @example 0
       */
      strategicDefinitions?: number;
      /**
       * @description Ciclos en «Diagnóstico»
       * @example 0
       */
      diagnostic?: number;
      /**
       * @description Ciclos en «Plan y Programa de Trabajo»
       * @example 0
       */
      planning?: number;
      /**
       * @description Ciclos en «Implementación y monitoreo del Programa de Trabajo»
       * @example 0
       */
      implementation?: number;
      /**
       * @description Ciclos en «Evaluación de resultados y Programa de Seguimiento»
       * @example 0
       */
      evaluation?: number;
      /**
       * @description Ciclos en «Seguimiento de compromisos y Revisión por la Dirección»
       * @example 0
       */
      followUp?: number;
      /**
       * @description Ciclos en «Difusión de resultados»
       * @example 0
       */
      dissemination?: number;
      /**
       * @description Ciclos en «Estandarización del proceso»
       * @example 0
       */
      standardisation?: number;
    };
    InboxCountsResponse: {
      /**
       * @description Ciclos en que puede «Enviar a aprobación» (igual que en byAction)
       * @example 0
       */
      SUBMIT?: number;
      /**
       * @description Ciclos en que puede «Aprobar» (igual que en byAction)
       * @example 0
       */
      APPROVE?: number;
      /**
       * @description Ciclos en que puede «Devolver» (igual que en byAction)
       * @example 0
       */
      RETURN?: number;
      /**
       * @description Ciclos en que puede «Otorgar visación» (igual que en byAction)
       * @example 0
       */
      GRANT_VISA?: number;
      /**
       * @description Ciclos en que puede «Denegar visación» (igual que en byAction)
       * @example 0
       */
      DENY_VISA?: number;
      /**
       * @description Ciclos en que puede «Solicitar ajuste» (igual que en byAction)
       * @example 0
       */
      REQUEST_ADJUSTMENT?: number;
      /**
       * @description Ciclos en que puede «Finalizar implementación» (igual que en byAction)
       * @example 0
       */
      FINISH_IMPLEMENTATION?: number;
      /**
       * @description Ciclos en que puede «Registrar la Revisión por la Dirección» (igual que en byAction)
       * @example 0
       */
      RECORD_REVIEW?: number;
      /**
       * @description Ciclos en que puede «Registrar la difusión» (igual que en byAction)
       * @example 0
       */
      DISSEMINATE?: number;
      /**
       * @description Ciclos en que puede «Registrar la estandarización» (igual que en byAction)
       * @example 0
       */
      COMPLETE?: number;
      /** @description Por acción posible */
      byAction: components['schemas']['InboxActionCountsResponse'];
      /**
       * @description Por servicio (identificador → cantidad)
       * @example {
       *       "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e": 2
       *     }
       */
      byAgency: {
        [key: string]: number;
      };
      /** @description Por etapa */
      byStage: components['schemas']['InboxStageCountsResponse'];
      /**
       * @description Con su plazo vencido
       * @example 1
       */
      overdue: number;
      /**
       * @description Total
       * @example 3
       */
      total: number;
    };
    InboxAgencyResponse: {
      /**
       * Format: uuid
       * @description Identificador del servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Código del servicio
       * @example SERNAMEG
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Servicio Nacional de la Mujer y la Equidad de Género
       */
      name: string;
    };
    InboxDocumentResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
      /**
       * @description Estado; null si aún no existe nada de esta clase (un registro sin entradas)
       * @example draft
       * @enum {string|null}
       */
      status: 'draft' | 'submitted' | 'approved' | 'visa-granted' | 'registered' | null;
      /**
       * @description Versión vigente (la de la última entrada, en un registro)
       * @example 1
       */
      version: number;
      /**
       * @description Si quien consulta puede redactarlo ahora
       * @example true
       */
      writable: boolean;
      /**
       * @description Solo registros: cuántas entradas tiene
       * @example 4
       */
      count?: number;
    };
    InboxObservationResponse: {
      /**
       * @description Devolución de la jefatura o visación denegada
       * @example RETURN
       * @enum {string}
       */
      type: 'RETURN' | 'DENY_VISA';
      /**
       * @description Comentario general
       * @example Falta desagregar por sexo la dotación.
       */
      comment: string;
      /**
       * @description Quién devolvió o denegó
       * @example Jefatura del Servicio
       */
      by: string | null;
      /**
       * Format: date-time
       * @description Cuándo
       * @example 2027-03-15T14:30:00.000Z
       */
      at: string;
    };
    InboxItemResponse: {
      /**
       * Format: uuid
       * @description Identificador del ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /** @description Servicio del ciclo */
      agency: components['schemas']['InboxAgencyResponse'];
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
      /**
       * @description Etapa actual (closed cuando el ciclo terminó)
       * @example diagnostic
       */
      stage: string;
      /**
       * @description Estado dentro de la etapa
       * @example diagnostic.draft
       */
      state: string;
      /**
       * Format: date-time
       * @description Desde cuándo está en este estado
       * @example 2027-03-15T14:30:00.000Z
       */
      since: string;
      /**
       * Format: date-time
       * @description Desde cuándo espera a quien consulta
       * @example 2027-03-15T14:30:00.000Z
       */
      awaitingSince: string;
      /**
       * @description Las acciones que quien consulta puede realizar ahora
       * @example [
       *       "APPROVE",
       *       "RETURN"
       *     ]
       */
      actions: (
        | 'SUBMIT'
        | 'APPROVE'
        | 'RETURN'
        | 'GRANT_VISA'
        | 'DENY_VISA'
        | 'REQUEST_ADJUSTMENT'
        | 'FINISH_IMPLEMENTATION'
        | 'RECORD_REVIEW'
        | 'DISSEMINATE'
        | 'COMPLETE'
      )[];
      /** @description Los documentos en juego */
      documents: components['schemas']['InboxDocumentResponse'][];
      /**
       * Format: date
       * @description Vencimiento (AAAA-MM-DD) del próximo hito de la etapa
       * @example 2027-04-30
       */
      dueDate: string | null;
      /**
       * @description Nombre de ese hito
       * @example Envío del Diagnóstico
       */
      dueLabel: string | null;
      /**
       * @description Si el hito ya venció
       * @example false
       */
      overdue: boolean;
      /** @description La última devolución o denegación, si el ciclo volvió a borrador por ella */
      observation: components['schemas']['InboxObservationResponse'] | null;
    };
    InboxResponse: {
      /**
       * @description Cuántos elementos cumplen los filtros
       * @example 3
       */
      total: number;
      /** @description Conteos sobre todo lo pendiente, sin filtros */
      counts: components['schemas']['InboxCountsResponse'];
      /**
       * @description Máximo de elementos de esta página
       * @example 50
       */
      limit: number;
      /**
       * @description Elementos saltados
       * @example 0
       */
      offset: number;
      /** @description Lo que espera a quien consulta, lo más antiguo primero */
      items: components['schemas']['InboxItemResponse'][];
    };
    RecordResponse: {
      /**
       * Format: uuid
       * @description Identificador del registro
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Código del registro
       * @example EG-2027-DIAG-v2
       */
      code: string;
      /**
       * @description Título
       * @example Diagnóstico
       */
      title: string;
      /**
       * @description Clase de registro
       * @example diagnostic
       */
      kind: string;
      /**
       * @description Versión del documento registrada
       * @example 2
       */
      version: number;
      /**
       * @description Pendiente de emisión o emitido
       * @example issued
       * @enum {string}
       */
      status: 'pending' | 'issued';
      /**
       * @description SHA-256 del PDF, una vez emitido
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string | null;
      /**
       * @description SHA-256 del documento registrado
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      documentSha256: string;
      /**
       * Format: uuid
       * @description El documento o la entrada de registro registrada; null en un certificado de visación
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      documentId: string | null;
      /**
       * @description Tamaño del PDF en bytes, una vez emitido
       * @example 48213
       */
      size: number | null;
      /**
       * Format: date-time
       * @description Cuándo se emitió
       * @example 2027-03-15T14:30:00.000Z
       */
      issuedAt: string | null;
      /**
       * @description Si una versión posterior lo reemplazó
       * @example false
       */
      obsolete: boolean;
    };
    EvidenceFileResponse: {
      /**
       * Format: uuid
       * @description Identificador del archivo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Entrada del registro (actividad o informe de avance) a la que se adjuntó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      documentId: string;
      /**
       * @description Nombre del archivo, saneado y con la extensión de su tipo real
       * @example Lista de asistencia taller Valparaíso.pdf
       */
      fileName: string;
      /**
       * @description Tipo del contenido, leído de los bytes del archivo
       * @example application/pdf
       * @enum {string}
       */
      mediaType:
        | 'application/pdf'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        | 'application/vnd.oasis.opendocument.text'
        | 'image/png'
        | 'image/jpeg';
      /**
       * @description Tamaño en bytes
       * @example 182340
       */
      size: number;
      /**
       * @description SHA-256 del archivo
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * Format: uuid
       * @description Quién lo adjuntó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      uploadedBy: string;
      /**
       * Format: date-time
       * @description Cuándo se adjuntó
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
    };
    VerifiedAgencyResponse: {
      /**
       * @description Código del servicio
       * @example MINVU
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Ministerio de Vivienda y Urbanismo
       */
      name: string;
    };
    VerifiedRecordResponse: {
      /**
       * @description Código del registro
       * @example EG-2027-DIAG-v2
       */
      code: string;
      /**
       * @description Título
       * @example Diagnóstico
       */
      title: string;
      /**
       * @description Clase de registro
       * @example diagnostic
       */
      kind: string;
      /**
       * @description Versión del documento registrada
       * @example 2
       */
      version: number;
      /** @description Servicio al que pertenece */
      agency: components['schemas']['VerifiedAgencyResponse'];
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
      /**
       * @description Si sigue vigente (ninguna versión posterior lo reemplazó)
       * @example true
       */
      current: boolean;
      /**
       * Format: date-time
       * @description Cuándo se emitió
       * @example 2027-03-15T14:30:00.000Z
       */
      issuedAt: string | null;
    };
    SignatureSignerResponse: {
      /**
       * @description Nombre (CN) del certificado firmante
       * @example Enfoque — certificado autofirmado de esta instalación
       */
      name: string;
      /**
       * @description Organización (O) del certificado firmante, si la indica
       * @example Sistema Enfoque de Género
       */
      organization: string | null;
      /**
       * @description Si el certificado es autofirmado (no lo emitió una autoridad certificadora)
       * @example true
       */
      selfSigned: boolean;
    };
    RecordSignatureResponse: {
      /**
       * @description valid: el PDF no cambió desde que se firmó y la firma corresponde al certificado; invalid: no; unsigned: el PDF no tiene firma (registros emitidos antes de firmarlos)
       * @example valid
       * @enum {string}
       */
      status: 'valid' | 'invalid' | 'unsigned';
      /**
       * @description Por qué la firma no es válida o no existe; null si es válida
       * @example null
       */
      problem: string | null;
      /** @description Quién firmó, según el certificado de la firma; null si no se puede leer */
      signer: components['schemas']['SignatureSignerResponse'] | null;
      /**
       * Format: date-time
       * @description Cuándo se firmó (la emisión del registro)
       * @example 2027-03-15T14:30:00.000Z
       */
      signedAt: string | null;
    };
    VerificationResponse: {
      /**
       * @description Si el código corresponde a un registro emitido
       * @example true
       */
      valid: boolean;
      /**
       * @description El código consultado, en minúsculas
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * @description Solo si es válido: si el código es del PDF, del documento que registra o, en una lista maestra, del historial del ciclo hasta una entrada
       * @example pdf
       * @enum {string}
       */
      matches?: 'pdf' | 'document' | 'history';
      /** @description Solo si es válido: el registro; de una lista maestra, su código, la entrada del historial (version), su fecha (issuedAt) y si el historial siguió después (current) */
      record?: components['schemas']['VerifiedRecordResponse'];
      /** @description Solo si es válido: la firma electrónica del PDF del registro */
      signature?: components['schemas']['RecordSignatureResponse'];
    };
    ObservationAuthorResponse: {
      /**
       * Format: uuid
       * @description Identificador de quien observó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Su nombre
       * @example Jefatura del Servicio
       */
      name: string;
      /**
       * @description Su rol
       * @example agency_head
       * @enum {string}
       */
      role: 'agency_head' | 'sernam_expert';
    };
    ObservationAnswererResponse: {
      /**
       * Format: uuid
       * @description Identificador de quien respondió
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Su nombre
       * @example María González Soto
       */
      name: string;
    };
    ObservationResponse: {
      /**
       * Format: uuid
       * @description Identificador de la observación
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * @description Documento observado
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description Versión revisada
       * @example 2
       */
      documentVersion: number;
      /**
       * @description Lugar en el contenido
       * @example inequities/INQ-3/gap
       */
      path: string;
      /**
       * @description Elemento observado
       * @example INQ-3
       */
      itemId: string | null;
      /**
       * @description Texto de la observación
       * @example La brecha no indica la fuente de los datos.
       */
      text: string;
      /** @description Quién observó */
      author: components['schemas']['ObservationAuthorResponse'];
      /**
       * @description Número de la entrada del historial que la hizo (su ronda)
       * @example 5
       */
      eventSeq: number;
      /**
       * @description Devolución o visación denegada
       * @example RETURN
       * @enum {string}
       */
      eventType: 'RETURN' | 'DENY_VISA';
      /**
       * Format: date-time
       * @description Cuándo se hizo
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /**
       * @description Abierta, respondida o atendida
       * @example open
       * @enum {string}
       */
      status: 'open' | 'answered' | 'addressed';
      /**
       * @description Respuesta de quienes redactan
       * @example null
       */
      answer: string | null;
      /** @description Quién respondió */
      answeredBy: components['schemas']['ObservationAnswererResponse'] | null;
      /**
       * Format: date-time
       * @description Cuándo respondió
       * @example null
       */
      answeredAt: string | null;
      /**
       * @description La versión enviada después de marcarla atendida
       * @example null
       */
      addressedInVersion: number | null;
    };
    ObservationListResponse: {
      /**
       * @description Cuántas hay
       * @example 1
       */
      total: number;
      /** @description Las observaciones del ciclo */
      items: components['schemas']['ObservationResponse'][];
    };
    AnswerObservationDto: {
      /**
       * @description Respuesta de quienes redactan el documento a la observación
       * @example Se agregó la fuente: registros administrativos 2026.
       */
      answer?: string;
      /**
       * @description Si el documento ya atiende la observación
       * @example true
       */
      addressed: boolean;
    };
    ParityBandDto: {
      /**
       * @description Límite inferior de la banda de paridad (razón mujeres/hombres)
       * @example 0.97
       */
      lower: number;
      /**
       * @description Límite superior de la banda de paridad (razón mujeres/hombres)
       * @example 1.03
       */
      upper: number;
    };
    CreateIndicatorDto: {
      /**
       * @description Código del indicador, el mismo del Formulario H o del plan
       * @example H-1
       */
      code: string;
      /**
       * @description Nombre del indicador
       * @example Porcentaje de mujeres en cargos directivos
       */
      name: string;
      /**
       * @description Producto estratégico al que se refiere
       * @example Programa de atención ciudadana
       */
      product?: string;
      /**
       * @description Unidad de medida
       * @example percent
       * @enum {string}
       */
      unit: 'percent' | 'ratio' | 'count' | 'amount';
      /**
       * @description Fórmula: qué se cuenta en el numerador
       * @example Mujeres en cargos directivos
       */
      numerator: string;
      /**
       * @description Fórmula: qué se cuenta en el denominador
       * @example Total de cargos directivos
       */
      denominator?: string;
      /**
       * @description Cómo se calcula la brecha entre mujeres y hombres
       * @example difference
       * @enum {string}
       */
      convention: 'difference' | 'ratio' | 'share' | 'relative';
      /** @description Banda en que la razón mujeres/hombres se considera paridad */
      parityBand?: components['schemas']['ParityBandDto'];
      /**
       * @description Medios de verificación del indicador
       * @example Informe de dotación de la División de Personas
       */
      verificationMeans: string;
      /**
       * @description A qué se refiere la meta: la brecha o el valor de las mujeres
       * @example gap
       * @enum {string}
       */
      goalOn?: 'gap' | 'women';
      /**
       * @description Línea base (hasta 6 decimales)
       * @example 12.5
       */
      baseline?: number;
      /**
       * @description Meta anual (hasta 6 decimales)
       * @example 5
       */
      annualGoal: number;
      /**
       * @description Meta de mediano plazo (hasta 6 decimales)
       * @example 3
       */
      mediumTermGoal?: number;
      /**
       * @description Meta de largo plazo (hasta 6 decimales)
       * @example 0
       */
      longTermGoal?: number;
    };
    ParityBandResponse: {
      /**
       * @description Límite inferior de la banda de paridad (razón mujeres/hombres)
       * @example 0.97
       */
      lower: number;
      /**
       * @description Límite superior de la banda de paridad (razón mujeres/hombres)
       * @example 1.03
       */
      upper: number;
    };
    IndicatorResponse: {
      /**
       * Format: uuid
       * @description Identificador del indicador
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * @description Código del indicador, el mismo del Formulario H o del plan
       * @example H-1
       */
      code: string;
      /**
       * @description Nombre del indicador
       * @example Porcentaje de mujeres en cargos directivos
       */
      name: string;
      /**
       * @description Producto estratégico al que se refiere; null si no mide uno
       * @example Programa de atención ciudadana
       */
      product: string | null;
      /**
       * @description Unidad de medida
       * @example percent
       * @enum {string}
       */
      unit: 'percent' | 'ratio' | 'count' | 'amount';
      /**
       * @description Fórmula: qué se cuenta en el numerador
       * @example Mujeres en cargos directivos
       */
      numerator: string;
      /**
       * @description Fórmula: qué se cuenta en el denominador; null si no tiene
       * @example Total de cargos directivos
       */
      denominator: string | null;
      /**
       * @description Cómo se calcula la brecha entre mujeres y hombres
       * @example difference
       * @enum {string}
       */
      convention: 'difference' | 'ratio' | 'share' | 'relative';
      /** @description Banda en que la razón mujeres/hombres se considera paridad */
      parityBand: components['schemas']['ParityBandResponse'];
      /**
       * @description Medios de verificación
       * @example Informe de dotación de la División de Personas
       */
      verificationMeans: string;
      /**
       * @description A qué se refiere la meta: la brecha o el valor de las mujeres
       * @example gap
       * @enum {string}
       */
      goalOn: 'gap' | 'women';
      /**
       * @description Línea base; null si no se registró
       * @example -20
       */
      baseline: number | null;
      /**
       * @description Meta anual
       * @example -10
       */
      annualGoal: number;
      /**
       * @description Meta de mediano plazo; null si no se registró
       * @example -5
       */
      mediumTermGoal: number | null;
      /**
       * @description Meta de largo plazo; null si no se registró
       * @example 0
       */
      longTermGoal: number | null;
      /**
       * Format: date-time
       * @description Cuándo se registró
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
    };
    GapReasonsResponse: {
      /**
       * @description Por qué no se calcula la diferencia
       * @example Falta el dato de hombres.
       */
      difference?: string;
      /**
       * @description Por qué no se calcula la razón
       * @example Falta el dato de hombres.
       */
      ratio?: string;
      /**
       * @description Por qué no se calcula la participación de mujeres
       * @example Falta el dato de hombres.
       */
      share?: string;
      /**
       * @description Por qué no se calcula la brecha relativa
       * @example Falta el dato de hombres.
       */
      relative?: string;
      /**
       * @description Por qué no se evalúa la paridad
       * @example Falta el dato de hombres.
       */
      withinParity?: string;
    };
    GapMeasuresResponse: {
      /**
       * @description Diferencia mujeres − hombres (en puntos porcentuales si son porcentajes)
       * @example -16
       */
      difference: number | null;
      /**
       * @description Razón mujeres/hombres (índice de paridad)
       * @example 0.7241
       */
      ratio: number | null;
      /**
       * @description Participación de mujeres: M / (M + H) · 100
       * @example null
       */
      share: number | null;
      /**
       * @description Brecha relativa: (M − H) / H · 100
       * @example -27.5862
       */
      relative: number | null;
      /**
       * @description Si la razón está dentro de la banda de paridad; null si no se puede evaluar
       * @example false
       */
      withinParity: boolean | null;
      /** @description Por qué cada medida nula no se calcula */
      reasons: components['schemas']['GapReasonsResponse'];
      /**
       * @description Unidad de la diferencia: puntos porcentuales para porcentajes, si no la del indicador
       * @example percentage-points
       * @enum {string}
       */
      differenceUnit: 'percentage-points' | 'percent' | 'ratio' | 'count' | 'amount';
      /**
       * @description La medida que informa el indicador
       * @example difference
       * @enum {string}
       */
      convention: 'difference' | 'ratio' | 'share' | 'relative';
      /**
       * @description El valor de esa medida
       * @example -16
       */
      value: number | null;
    };
    GoalProgressResponse: {
      /**
       * @description A qué se refiere la meta
       * @example gap
       * @enum {string}
       */
      goalOn: 'gap' | 'women';
      /**
       * @description El valor medido que se compara con la meta; null si falta un dato
       * @example -16
       */
      value: number | null;
      /**
       * @description Línea base
       * @example -20
       */
      baseline: number | null;
      /**
       * @description Meta anual
       * @example -10
       */
      goal: number;
      /**
       * @description Si se alcanzó la meta; null si falta un dato
       * @example false
       */
      met: boolean | null;
      /**
       * @description Avance desde la línea base hacia la meta, en porcentaje (más de 100 si se superó)
       * @example 40
       */
      progress: number | null;
      /**
       * @description Por qué no se calcula el avance; null si se calcula
       * @example null
       */
      reason: string | null;
    };
    MeasurementResponse: {
      /**
       * @description Período medido: año, semestre, trimestre o mes
       * @example 2027-S1
       */
      period: string;
      /**
       * @description Valor de las mujeres; null si no hay datos
       * @example 42
       */
      women: number | null;
      /**
       * @description Valor de los hombres; null si no hay datos
       * @example 58
       */
      men: number | null;
      /**
       * @description Casos sin sexo registrado; null si no se informaron
       * @example null
       */
      notReported: number | null;
      /** @description Las brechas entre mujeres y hombres */
      gaps: components['schemas']['GapMeasuresResponse'];
      /** @description El avance hacia la meta anual */
      goalProgress: components['schemas']['GoalProgressResponse'];
      /**
       * Format: date-time
       * @description Cuándo se registró
       * @example 2027-03-15T14:30:00.000Z
       */
      recordedAt: string;
    };
    SexSeriesResponse: {
      /**
       * @description Los períodos, en orden
       * @example [
       *       "2026",
       *       "2027-S1"
       *     ]
       */
      periods: string[];
      /**
       * @description Valor de las mujeres en cada período (null: sin datos)
       * @example [
       *       38,
       *       42
       *     ]
       */
      women: (number | null)[];
      /**
       * @description Valor de los hombres en cada período (null: sin datos)
       * @example [
       *       62,
       *       58
       *     ]
       */
      men: (number | null)[];
    };
    IndicatorDetailResponse: {
      /**
       * Format: uuid
       * @description Identificador del indicador
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Servicio al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      agencyId: string;
      /**
       * @description Código del indicador, el mismo del Formulario H o del plan
       * @example H-1
       */
      code: string;
      /**
       * @description Nombre del indicador
       * @example Porcentaje de mujeres en cargos directivos
       */
      name: string;
      /**
       * @description Producto estratégico al que se refiere; null si no mide uno
       * @example Programa de atención ciudadana
       */
      product: string | null;
      /**
       * @description Unidad de medida
       * @example percent
       * @enum {string}
       */
      unit: 'percent' | 'ratio' | 'count' | 'amount';
      /**
       * @description Fórmula: qué se cuenta en el numerador
       * @example Mujeres en cargos directivos
       */
      numerator: string;
      /**
       * @description Fórmula: qué se cuenta en el denominador; null si no tiene
       * @example Total de cargos directivos
       */
      denominator: string | null;
      /**
       * @description Cómo se calcula la brecha entre mujeres y hombres
       * @example difference
       * @enum {string}
       */
      convention: 'difference' | 'ratio' | 'share' | 'relative';
      /** @description Banda en que la razón mujeres/hombres se considera paridad */
      parityBand: components['schemas']['ParityBandResponse'];
      /**
       * @description Medios de verificación
       * @example Informe de dotación de la División de Personas
       */
      verificationMeans: string;
      /**
       * @description A qué se refiere la meta: la brecha o el valor de las mujeres
       * @example gap
       * @enum {string}
       */
      goalOn: 'gap' | 'women';
      /**
       * @description Línea base; null si no se registró
       * @example -20
       */
      baseline: number | null;
      /**
       * @description Meta anual
       * @example -10
       */
      annualGoal: number;
      /**
       * @description Meta de mediano plazo; null si no se registró
       * @example -5
       */
      mediumTermGoal: number | null;
      /**
       * @description Meta de largo plazo; null si no se registró
       * @example 0
       */
      longTermGoal: number | null;
      /**
       * Format: date-time
       * @description Cuándo se registró
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /** @description Sus mediciones, por período */
      measurements: components['schemas']['MeasurementResponse'][];
      /** @description Valores de mujeres y hombres por período */
      series: components['schemas']['SexSeriesResponse'];
    };
    RecordMeasurementDto: {
      /**
       * @description Período medido: año, semestre, trimestre o mes
       * @example 2027-S1
       */
      period: string;
      /**
       * @description Valor de las mujeres; null si no hay datos (hasta 6 decimales)
       * @example 42
       */
      women: number | null;
      /**
       * @description Valor de los hombres; null si no hay datos (hasta 6 decimales)
       * @example 58
       */
      men: number | null;
      /**
       * @description Casos sin sexo registrado (hasta 6 decimales)
       * @example 0
       */
      notReported?: number;
    };
    IndicatorResultDraftResponse: {
      /**
       * @description Código del indicador en el plan
       * @example H-1
       */
      indicatorCode: string;
      /**
       * @description El resultado en una línea, listo para el informe; null si no hay medición del año
       * @example 2027-S1: mujeres 42 %, hombres 58 %; diferencia M−H −16 pp; meta anual −10 pp: no cumplida.
       */
      result: string | null;
      /**
       * @description El análisis, que redacta la encargada o el encargado (vacío)
       * @example
       */
      analysis: string;
      /**
       * Format: uuid
       * @description El indicador registrado con ese código; null si no hay uno
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      indicatorId: string | null;
      /** @description La última medición del año; null si no hay */
      measurement: components['schemas']['MeasurementResponse'] | null;
      /**
       * @description Por qué no hay resultado que ofrecer; null si lo hay
       * @example null
       */
      missing: string | null;
    };
    IndicatorResultsResponse: {
      /**
       * @description Año del ciclo, del que se toman las mediciones
       * @example 2027
       */
      year: number;
      /** @description Un resultado por indicador del plan vigente, en el orden del plan */
      indicatorResults: components['schemas']['IndicatorResultDraftResponse'][];
    };
    CommitmentResponse: {
      /**
       * Format: uuid
       * @description Identificador del compromiso
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Ciclo al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * @description Su código en el Programa de Seguimiento
       * @example C-2
       */
      itemId: string;
      /**
       * @description Qué se comprometió, según el programa
       * @example Capacitar en enfoque de género a los equipos de atención de público de las 16 regiones
       */
      description: string;
      /**
       * Format: date
       * @description Plazo (AAAA-MM-DD); null si el programa no lo fija
       * @example 2027-11-30
       */
      deadline: string | null;
      /**
       * @description Responsable, como lo nombra el programa
       * @example División de Personas
       */
      responsible: string;
      /**
       * Format: uuid
       * @description Persona que recibe sus recordatorios; null: las encargadas y encargados del servicio
       * @example null
       */
      responsibleUserId: string | null;
      /**
       * @description Estado del compromiso
       * @example in-progress
       * @enum {string}
       */
      status: 'pending' | 'in-progress' | 'met' | 'not-met';
      /**
       * @description Medios de verificación: dónde consta lo realizado
       * @example Acta del comité de género del 12 de mayo, en la intranet.
       */
      evidence: string | null;
      /**
       * @description Justificación, por ejemplo de un compromiso no cumplido
       * @example null
       */
      justification: string | null;
      /**
       * @description Si sigue en el Programa de Seguimiento vigente (false: una versión posterior lo retiró)
       * @example true
       */
      inProgramme: boolean;
      /**
       * @description Si está abierto y su plazo ya venció (hora de Chile)
       * @example false
       */
      overdue: boolean;
      /**
       * @description Revisión: cambia con cada modificación; se envía de vuelta al modificarlo
       * @example 2
       */
      revision: number;
      /**
       * Format: date-time
       * @description Última modificación
       * @example 2027-03-15T14:30:00.000Z
       */
      updatedAt: string;
    };
    CommitmentListResponse: {
      /**
       * @description Cuántos compromisos tiene el ciclo
       * @example 6
       */
      total: number;
      /**
       * @description Cuántos están vencidos
       * @example 1
       */
      overdue: number;
      /** @description Los compromisos, por plazo y código */
      items: components['schemas']['CommitmentResponse'][];
    };
    UpdateCommitmentDto: {
      /**
       * @description Revisión del compromiso que vio quien envía; si otra persona lo cambió antes, se rechaza
       * @example 2
       */
      revision: number;
      /**
       * @description Estado del compromiso
       * @example in-progress
       * @enum {string}
       */
      status?: 'pending' | 'in-progress' | 'met' | 'not-met';
      /**
       * @description Medios de verificación: dónde consta lo realizado; null los borra
       * @example Acta del comité de género del 12 de mayo, en la intranet.
       */
      evidence?: string | null;
      /**
       * @description Justificación, por ejemplo de un compromiso no cumplido; null la borra
       * @example El proveedor no entregó el estudio a tiempo.
       */
      justification?: string | null;
      /**
       * Format: uuid
       * @description Identificador de la persona responsable del compromiso; null la quita
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      responsibleUserId?: string | null;
    };
    CommitmentFieldChangeResponse: {
      /**
       * @description Valor anterior (null: vacío)
       * @example pending
       */
      from: (string | boolean) | null;
      /**
       * @description Valor nuevo (null: vacío)
       * @example in-progress
       */
      to: (string | boolean) | null;
    };
    CommitmentFieldChangesResponse: {
      /** @description Estado del compromiso */
      status?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Medios de verificación */
      evidence?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Justificación */
      justification?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Persona responsable de sus recordatorios */
      responsibleUserId?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Qué se comprometió (desde el programa) */
      description?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Plazo (desde el programa) */
      deadline?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Responsable (desde el programa) */
      responsible?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Si sigue en el programa vigente */
      inProgramme?: components['schemas']['CommitmentFieldChangeResponse'];
      /** @description Su incorporación al seguimiento: de null a su código */
      created?: components['schemas']['CommitmentFieldChangeResponse'];
    };
    CommitmentChangeResponse: {
      /**
       * @description Revisión del compromiso tras el cambio
       * @example 2
       */
      revision: number;
      /**
       * @description Quién lo cambió: una persona o una nueva versión del programa
       * @example person
       * @enum {string}
       */
      source: 'person' | 'programme';
      /**
       * Format: uuid
       * @description Persona que lo cambió; null si fue el programa
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      actorId: string | null;
      /**
       * @description Nombre de esa persona; null si fue el programa
       * @example María González Soto
       */
      actorName: string | null;
      /** @description Los campos que cambiaron */
      changes: components['schemas']['CommitmentFieldChangesResponse'];
      /**
       * Format: date-time
       * @description Cuándo
       * @example 2027-03-15T14:30:00.000Z
       */
      at: string;
    };
    CalendarDeadlineResponse: {
      /**
       * @description Hito: «etapa.hito»
       * @example diagnostic.submission
       * @enum {string}
       */
      gate:
        | 'strategicDefinitions.submission'
        | 'strategicDefinitions.approval'
        | 'strategicDefinitions.visa'
        | 'diagnostic.submission'
        | 'diagnostic.approval'
        | 'diagnostic.visa'
        | 'planning.submission'
        | 'planning.approval'
        | 'planning.visa'
        | 'evaluation.submission'
        | 'evaluation.approval'
        | 'evaluation.visa';
      /**
       * @description Nombre del hito
       * @example Diagnóstico: envío a la Jefatura
       */
      label: string;
      /**
       * Format: date
       * @description Vencimiento (AAAA-MM-DD, hora de Chile)
       * @example 2027-04-30
       */
      dueDate: string;
    };
    CalendarResponse: {
      /**
       * @description Año del calendario
       * @example 2027
       */
      year: number;
      /** @description Sus plazos, por fecha */
      deadlines: components['schemas']['CalendarDeadlineResponse'][];
    };
    CalendarDeadlineDto: {
      /**
       * @description Hito de una etapa: «etapa.hito» (envío, aprobación o visación)
       * @example diagnostic.submission
       * @enum {string}
       */
      gate:
        | 'strategicDefinitions.submission'
        | 'strategicDefinitions.approval'
        | 'strategicDefinitions.visa'
        | 'diagnostic.submission'
        | 'diagnostic.approval'
        | 'diagnostic.visa'
        | 'planning.submission'
        | 'planning.approval'
        | 'planning.visa'
        | 'evaluation.submission'
        | 'evaluation.approval'
        | 'evaluation.visa';
      /**
       * Format: date
       * @description Fecha de vencimiento (AAAA-MM-DD, hora de Chile)
       * @example 2027-04-30
       */
      dueDate: string;
    };
    SetCalendarDto: {
      /** @description El calendario completo del año: los hitos que no se indican quedan sin fecha */
      deadlines: components['schemas']['CalendarDeadlineDto'][];
    };
    CycleDeadlineResponse: {
      /**
       * @description Hito: «etapa.hito»
       * @example diagnostic.submission
       * @enum {string}
       */
      gate:
        | 'strategicDefinitions.submission'
        | 'strategicDefinitions.approval'
        | 'strategicDefinitions.visa'
        | 'diagnostic.submission'
        | 'diagnostic.approval'
        | 'diagnostic.visa'
        | 'planning.submission'
        | 'planning.approval'
        | 'planning.visa'
        | 'evaluation.submission'
        | 'evaluation.approval'
        | 'evaluation.visa';
      /**
       * Format: date
       * @description Vencimiento (AAAA-MM-DD, hora de Chile)
       * @example 2027-04-30
       */
      dueDate: string;
      /**
       * @description De dónde viene la fecha: el calendario del año o una fecha propia del ciclo
       * @example calendar
       * @enum {string}
       */
      source: 'calendar' | 'cycle';
      /**
       * @description Nombre del hito
       * @example Diagnóstico: envío a la Jefatura
       */
      label: string;
      /**
       * @description Si el ciclo aún debe cumplirlo
       * @example true
       */
      pending: boolean;
      /**
       * @description Si está pendiente y ya venció
       * @example false
       */
      overdue: boolean;
      /**
       * @description Días que faltan (negativo: días de atraso)
       * @example 12
       */
      daysLeft: number;
    };
    CycleDeadlinesResponse: {
      /**
       * Format: uuid
       * @description Ciclo
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * @description Año del ciclo
       * @example 2027
       */
      year: number;
      /** @description Sus plazos */
      deadlines: components['schemas']['CycleDeadlineResponse'][];
    };
    CycleDeadlineDto: {
      /**
       * @description Hito de una etapa: «etapa.hito» (envío, aprobación o visación)
       * @example diagnostic.submission
       * @enum {string}
       */
      gate:
        | 'strategicDefinitions.submission'
        | 'strategicDefinitions.approval'
        | 'strategicDefinitions.visa'
        | 'diagnostic.submission'
        | 'diagnostic.approval'
        | 'diagnostic.visa'
        | 'planning.submission'
        | 'planning.approval'
        | 'planning.visa'
        | 'evaluation.submission'
        | 'evaluation.approval'
        | 'evaluation.visa';
      /**
       * Format: date
       * @description Fecha propia del ciclo (AAAA-MM-DD); null la quita y vuelve a regir el calendario del año
       * @example 2027-05-15
       */
      dueDate: string | null;
    };
    SetCycleDeadlinesDto: {
      /** @description Fechas propias del ciclo; solo cambian los hitos indicados */
      deadlines: components['schemas']['CycleDeadlineDto'][];
    };
    NotificationLinkResponse: {
      /**
       * Format: uuid
       * @description Ciclo del que trata
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * Format: uuid
       * @description Compromiso del que trata (recordatorios)
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      commitmentId?: string;
      /**
       * @description Documento del que trata la acción
       * @example diagnostic
       * @enum {string}
       */
      documentKind?:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
    };
    NotificationAgencyResponse: {
      /**
       * @description Código del servicio
       * @example SERNAMEG
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Servicio Nacional de la Mujer y la Equidad de Género
       */
      name: string;
    };
    NotificationResponse: {
      /**
       * Format: uuid
       * @description Identificador de la notificación
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Clase de notificación
       * @example SUBMIT
       */
      kind: string;
      /**
       * @description Título
       * @example Diagnóstico enviado a aprobación
       */
      title: string;
      /**
       * @description Texto
       * @example El Diagnóstico 2027 espera su aprobación.
       */
      body: string;
      /** @description A qué lleva */
      link: components['schemas']['NotificationLinkResponse'];
      /** @description De qué servicio es el ciclo (null si el ciclo ya no existe) */
      agency: components['schemas']['NotificationAgencyResponse'] | null;
      /**
       * @description Año del ciclo (null si ya no existe)
       * @example 2027
       */
      year: number | null;
      /**
       * @description Si ya se leyó
       * @example false
       */
      read: boolean;
      /**
       * Format: date-time
       * @description Cuándo se leyó
       * @example null
       */
      readAt: string | null;
      /**
       * Format: date-time
       * @description Cuándo se creó
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
    };
    NotificationListResponse: {
      /**
       * @description Cuántas cumplen el filtro
       * @example 4
       */
      total: number;
      /**
       * @description Cuántas están sin leer
       * @example 1
       */
      unread: number;
      /**
       * @description Máximo de esta página
       * @example 50
       */
      limit: number;
      /**
       * @description Elementos saltados
       * @example 0
       */
      offset: number;
      /** @description Las notificaciones, la más reciente primero */
      items: components['schemas']['NotificationResponse'][];
    };
    MarkAllReadResponse: {
      /**
       * @description Cuántas notificaciones se marcaron como leídas
       * @example 3
       */
      updated: number;
    };
    OverviewAgencyResponse: {
      /**
       * Format: uuid
       * @description Identificador del servicio
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Código del servicio
       * @example MINVU
       */
      code: string;
      /**
       * @description Nombre del servicio
       * @example Ministerio de Vivienda y Urbanismo
       */
      name: string;
    };
    OverviewPendingGateResponse: {
      /**
       * @description Hito con plazo en que espera («etapa.hito»); null si lo que espera no tiene plazo
       * @example diagnostic.approval
       * @enum {string|null}
       */
      gate:
        | 'strategicDefinitions.submission'
        | 'strategicDefinitions.approval'
        | 'strategicDefinitions.visa'
        | 'diagnostic.submission'
        | 'diagnostic.approval'
        | 'diagnostic.visa'
        | 'planning.submission'
        | 'planning.approval'
        | 'planning.visa'
        | 'evaluation.submission'
        | 'evaluation.approval'
        | 'evaluation.visa'
        | null;
      /**
       * @description Qué espera, en palabras
       * @example Diagnóstico: aprobación de la Jefatura
       */
      label: string;
      /**
       * @description Roles de quienes deben actuar
       * @example [
       *       "agency_head"
       *     ]
       */
      awaiting: (
        'gender_officer' | 'centre_lead' | 'agency_head' | 'quality_team' | 'auditor' | 'sernam_expert' | 'admin'
      )[];
      /**
       * Format: date
       * @description Vencimiento de ese hito (AAAA-MM-DD); null si no tiene plazo
       * @example 2027-05-15
       */
      dueDate: string | null;
      /**
       * @description Si ese plazo ya venció
       * @example false
       */
      overdue: boolean;
    };
    OverviewOverdueResponse: {
      /**
       * @description Plazos del calendario vencidos sin cumplir
       * @example 1
       */
      deadlines: number;
      /**
       * @description Compromisos vencidos
       * @example 0
       */
      commitments: number;
    };
    OverviewVisaTurnaroundResponse: {
      /**
       * @description Decisiones de visación de SERNAM en el ciclo
       * @example 2
       */
      decisions: number;
      /**
       * @description Días que tardó en promedio cada visación; null sin decisiones
       * @example 6.5
       */
      averageDays: number | null;
    };
    OverviewCommitmentsResponse: {
      /**
       * @description Compromisos del Programa de Seguimiento
       * @example 6
       */
      total: number;
      /**
       * @description Compromisos cumplidos
       * @example 3
       */
      met: number;
      /**
       * @description Compromisos vencidos
       * @example 0
       */
      overdue: number;
    };
    OverviewIndicatorsResponse: {
      /**
       * @description Indicadores con mediciones del año
       * @example 4
       */
      measured: number;
      /**
       * @description De ellos, los que no alcanzan la meta anual o no se pueden evaluar
       * @example 1
       */
      offTarget: number;
    };
    OverviewRowResponse: {
      /** @description El servicio */
      agency: components['schemas']['OverviewAgencyResponse'];
      /**
       * @description Año
       * @example 2027
       */
      year: number;
      /**
       * Format: uuid
       * @description El ciclo; null si el servicio aún no tiene ciclo ese año
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string | null;
      /**
       * @description Etapa actual; null sin ciclo
       * @example diagnostic
       */
      stage: string | null;
      /**
       * @description Nombre de la etapa («Sin ciclo» si no hay)
       * @example Diagnóstico
       */
      stageLabel: string;
      /**
       * @description Estado dentro de la etapa; null sin ciclo
       * @example diagnostic.submitted
       */
      state: string | null;
      /**
       * @description Si el ciclo sigue abierto o ya terminó; null sin ciclo
       * @example open
       * @enum {string|null}
       */
      status: 'open' | 'closed' | null;
      /**
       * @description Días en el estado actual; null sin ciclo
       * @example 3
       */
      daysInState: number | null;
      /** @description Lo que el ciclo espera ahora; null si está cerrado o no hay ciclo */
      pendingGate: components['schemas']['OverviewPendingGateResponse'] | null;
      /** @description Lo vencido */
      overdue: components['schemas']['OverviewOverdueResponse'];
      /**
       * @description Devoluciones de la Jefatura en el ciclo
       * @example 1
       */
      returns: number;
      /**
       * @description Visaciones denegadas por SERNAM en el ciclo
       * @example 0
       */
      denials: number;
      /** @description Cuánto tarda SERNAM en visar */
      visaTurnaround: components['schemas']['OverviewVisaTurnaroundResponse'];
      /** @description Avance de los compromisos */
      commitments: components['schemas']['OverviewCommitmentsResponse'];
      /** @description Indicadores del año */
      indicators: components['schemas']['OverviewIndicatorsResponse'];
    };
    OverviewResponse: {
      /**
       * @description El año pedido; null si se pidieron todos
       * @example 2027
       */
      year: number | null;
      /**
       * @description Cuántas filas hay
       * @example 12
       */
      total: number;
      /** @description Una fila por servicio y año, por código de servicio y año */
      items: components['schemas']['OverviewRowResponse'][];
    };
    DocumentKindResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
      /**
       * @description Nombre del documento
       * @example Diagnóstico
       */
      label: string;
      /**
       * @description Etapa en que se redacta
       * @example diagnostic
       * @enum {string}
       */
      stage:
        | 'strategicDefinitions'
        | 'diagnostic'
        | 'planning'
        | 'implementation'
        | 'evaluation'
        | 'followUp'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description Nombre de la etapa
       * @example Diagnóstico
       */
      stageLabel: string;
      /**
       * @description Si es un registro (muchas entradas por ciclo, sin aprobación): actividades e informes de avance
       * @example false
       */
      register: boolean;
      /**
       * @description Dirección del JSON Schema de su contenido
       * @example /api/document-kinds/diagnostic/schema
       */
      schema: string;
    };
    DocumentKindSchemaResponse: {
      /**
       * @description Dialecto de JSON Schema
       * @enum {string}
       */
      $schema: 'https://json-schema.org/draft/2020-12/schema';
      /**
       * @description Dirección de este esquema
       * @example /api/document-kinds/diagnostic/schema
       */
      $id: string;
      /**
       * @description Nombre del documento
       * @example Diagnóstico
       */
      title: string;
      /**
       * @description Qué contiene y qué se exige al guardar y al enviar
       * @example Contenido de «Diagnóstico» (Diagnóstico). Un borrador puede guardarse incompleto: solo los códigos de los elementos son obligatorios al guardar; los campos marcados x-requiredToSubmit se exigen al enviar a aprobación.
       */
      description: string;
      /**
       * @description Etapa en que se redacta
       * @example diagnostic
       * @enum {string}
       */
      'x-stage':
        | 'strategicDefinitions'
        | 'diagnostic'
        | 'planning'
        | 'implementation'
        | 'evaluation'
        | 'followUp'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description Tipo JSON del contenido: siempre un objeto
       * @example object
       * @enum {string}
       */
      type: 'object';
      /**
       * @description Siempre false: el contenido no admite campos sin declarar
       * @enum {boolean}
       */
      additionalProperties: false;
      /**
       * @description Los campos del documento, cada uno con su título y ayuda en español (title, description), su tipo y sus marcas x-field, x-cites, x-labels y x-requiredToSubmit
       * @example {
       *       "mission": {
       *         "title": "Misión",
       *         "type": [
       *           "string",
       *           "null"
       *         ],
       *         "maxLength": 4000,
       *         "x-field": "longText"
       *       }
       *     }
       */
      properties: {
        [key: string]: unknown;
      };
      /**
       * @description Los campos que todo guardado debe traer (los códigos de los elementos)
       * @example [
       *       "id"
       *     ]
       */
      required?: string[];
    };
    ObjectiveProgressPrefillResponse: {
      /**
       * @description Código del objetivo del plan
       * @example OG-1
       */
      objectiveId: string;
    };
    MeasureProgressPrefillResponse: {
      /**
       * @description Código de la medida del plan
       * @example M-1
       */
      measureId: string;
    };
    IndicatorResultPrefillResponse: {
      /**
       * @description Código del indicador del plan
       * @example IND-1
       */
      indicatorCode: string;
      /**
       * @description Resultado medido en el año, en una línea; ausente si el indicador no tiene mediciones del año
       * @example 2027: mujeres 212, hombres 419; participación de mujeres 33,6 %; meta anual 34 %: no cumplida.
       */
      result?: string;
    };
    PreviousCommitmentPrefillResponse: {
      /**
       * @description Código del compromiso del programa de seguimiento del año anterior
       * @example C-1
       */
      commitmentId: string;
      /**
       * @description Estado según el seguimiento de compromisos; ausente si aún está pendiente o no se ha seguido
       * @example met
       * @enum {string}
       */
      status?: 'met' | 'not-met' | 'in-progress';
      /**
       * @description Justificación registrada en el seguimiento de compromisos
       * @example El proveedor no entregó el estudio a tiempo.
       */
      justification?: string;
    };
    EvaluationPrefillContentResponse: {
      /** @description Un avance por cada objetivo del plan */
      objectivesProgress: components['schemas']['ObjectiveProgressPrefillResponse'][];
      /** @description Un avance por cada medida del plan */
      measuresProgress: components['schemas']['MeasureProgressPrefillResponse'][];
      /** @description Un resultado por cada indicador del plan */
      indicatorResults: components['schemas']['IndicatorResultPrefillResponse'][];
      /** @description Un resultado por cada compromiso del programa de seguimiento del año anterior */
      previousYearFollowUp: components['schemas']['PreviousCommitmentPrefillResponse'][];
    };
    EvaluationPrefillResponse: {
      /**
       * @description Año del ciclo (el de las mediciones de los indicadores)
       * @example 2028
       */
      year: number;
      /**
       * @description Año cuyo programa de seguimiento se usó; null si no hay ciclo anterior
       * @example 2027
       */
      previousYear: number | null;
      /** @description Contenido propuesto para el Informe de Evaluación; válido según el esquema de su clase */
      content: components['schemas']['EvaluationPrefillContentResponse'];
      /**
       * @description Lo que no se pudo completar y por qué, en español
       * @example [
       *       "El indicador IND-3 no tiene mediciones de 2028."
       *     ]
       */
      notes: string[];
    };
    PreviousYearDocumentResponse: {
      /**
       * @description Año del ciclo anterior
       * @example 2027
       */
      year: number;
      /**
       * @description Número de la última versión que recibió la visación de SERNAM
       * @example 3
       */
      version: number;
      /**
       * Format: date-time
       * @description Cuándo SERNAM otorgó esa visación
       * @example 2027-03-15T14:30:00.000Z
       */
      grantedAt: string;
      /**
       * @description Contenido de esa versión, según el esquema de su clase, con los códigos de sus elementos
       * @example {
       *       "missionAnalysis": {
       *         "mission": "Promover el desarrollo de la micro y pequeña empresa…"
       *       }
       *     }
       */
      content: {
        [key: string]: unknown;
      };
    };
    HealthIndicatorResponse: {
      /**
       * @description Si la dependencia responde
       * @example up
       * @enum {string}
       */
      status: 'up' | 'down';
      /**
       * @description Por qué no responde (solo si falla)
       * @example Redis no responde
       */
      message?: string;
    };
    HealthIndicatorsResponse: {
      /** @description La base de datos PostgreSQL */
      database: components['schemas']['HealthIndicatorResponse'];
      /** @description Redis, la cola de trabajos (solo si se usa) */
      redis?: components['schemas']['HealthIndicatorResponse'];
    };
    HealthResponse: {
      /**
       * @description Resultado: todo responde
       * @example ok
       * @enum {string}
       */
      status: 'ok';
      /** @description Las dependencias que responden */
      info: components['schemas']['HealthIndicatorsResponse'];
      /**
       * @description Las dependencias que fallan: ninguna
       * @example {}
       */
      error: Record<string, never>;
      /** @description Todas las dependencias revisadas */
      details: components['schemas']['HealthIndicatorsResponse'];
    };
    HealthFailureResponse: {
      /**
       * @description Código de estado HTTP
       * @example 503
       * @enum {integer}
       */
      statusCode: 503;
      /**
       * @description Código del error, para programas
       * @enum {string}
       */
      code: 'SERVICE_UNAVAILABLE';
      /**
       * @description Mensaje en español para las personas
       * @example El servicio no está disponible en este momento; intente nuevamente
       */
      message: string;
      /**
       * @description Resultado: algo falla
       * @example error
       * @enum {string}
       */
      status: 'error';
      /** @description Las dependencias que responden */
      info: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
      /**
       * @description Las dependencias que fallan, con el motivo
       * @example {
       *       "redis": {
       *         "status": "down",
       *         "message": "Redis no responde"
       *       }
       *     }
       */
      error: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
      /** @description Todas las dependencias revisadas */
      details: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
    };
    DocumentVersionSummaryResponse: {
      /**
       * @description Número de versión
       * @example 2
       */
      version: number;
      /**
       * @description SHA-256 del contenido de esa versión
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * Format: uuid
       * @description Quién la guardó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      authorId: string;
      /**
       * @description Nombre de quien la guardó
       * @example María González Soto
       */
      authorName: string | null;
      /**
       * Format: date-time
       * @description Cuándo se guardó
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /**
       * @description Si se guardó restaurando una versión anterior: su número; null en cualquier otro guardado
       * @example null
       */
      restoredFromVersion: number | null;
    };
    DocumentVersionRefResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       */
      kind: string;
      /**
       * @description Versión
       * @example 2
       */
      version: number;
    };
    DocumentObservationResponse: {
      /**
       * Format: date-time
       * @description Cuándo ocurrió
       * @example 2027-03-15T14:30:00.000Z
       */
      at: string;
      /**
       * @description Quién devolvió o denegó
       * @example Jefatura del Servicio
       */
      by: string | null;
      /**
       * @description Con qué rol
       * @example agency_head
       */
      role: string | null;
      /**
       * @description RETURN (devolución) o DENY_VISA (visación denegada)
       * @example RETURN
       */
      type: string;
      /**
       * @description Comentario general
       * @example Falta desagregar por sexo la dotación.
       */
      comment: string;
      /** @description Las versiones devueltas */
      versions: components['schemas']['DocumentVersionRefResponse'][];
    };
    DocumentResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation'
        | 'activity-record'
        | 'progress-report';
      /**
       * @description Estado del documento
       * @example draft
       * @enum {string}
       */
      status: 'draft' | 'submitted' | 'approved' | 'visa-granted' | 'registered';
      /**
       * @description Versión vigente (0: aún sin contenido)
       * @example 2
       */
      version: number;
      /**
       * @description SHA-256 del contenido vigente; null sin versiones
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string | null;
      /**
       * Format: uuid
       * @description Identificador del documento
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * Format: uuid
       * @description Ciclo al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * @description Nombre del documento
       * @example Diagnóstico
       */
      title: string;
      /**
       * @description Contenido del documento, según el esquema de su clase; null si aún no se guarda
       * @example {
       *       "part1": "Contexto del servicio…"
       *     }
       */
      content: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Si quien consulta puede modificarlo ahora
       * @example true
       */
      editable: boolean;
      /**
       * Format: date-time
       * @description Última modificación
       * @example 2027-03-15T14:30:00.000Z
       */
      updatedAt: string;
      /** @description Todas sus versiones, de la primera a la última */
      versions: components['schemas']['DocumentVersionSummaryResponse'][];
      /** @description Devoluciones y denegaciones que lo alcanzaron */
      observations: components['schemas']['DocumentObservationResponse'][];
    };
    DocumentVersionResponse: {
      /**
       * @description Número de versión
       * @example 2
       */
      version: number;
      /**
       * @description SHA-256 del contenido de esa versión
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * Format: uuid
       * @description Quién la guardó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      authorId: string;
      /**
       * @description Nombre de quien la guardó
       * @example María González Soto
       */
      authorName: string | null;
      /**
       * Format: date-time
       * @description Cuándo se guardó
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /**
       * @description Si se guardó restaurando una versión anterior: su número; null en cualquier otro guardado
       * @example null
       */
      restoredFromVersion: number | null;
      /**
       * Format: uuid
       * @description Ciclo al que pertenece
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      cycleId: string;
      /**
       * @description Clase de documento
       * @example diagnostic
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description Contenido de esa versión, según el esquema de su clase
       * @example {
       *       "part1": "Contexto del servicio…"
       *     }
       */
      content: {
        [key: string]: unknown;
      };
    };
    SaveDocumentDto: {
      /** @description Contenido del documento; su forma por tipo en GET /api/document-kinds/{kind}/schema */
      content: {
        [key: string]: unknown;
      };
      /**
       * @description Versión que se editó (0 si el documento no tiene ninguna); si otra persona guardó antes, 409 STALE_VERSION
       * @example 3
       */
      version: number;
      /**
       * @description Confirma guardar un contenido vacío sobre un documento que tiene contenido; sin ella se responde 409 EMPTY_OVERWRITE
       * @default false
       */
      confirmEmpty: boolean;
      /**
       * @description Si este guardado restaura una versión anterior: su número. El contenido debe ser el de esa versión, sin cambios; queda registrado en la nueva versión y en el historial. Una versión que no existe o no es anterior: 422 RESTORE_INVALID
       * @example 2
       */
      restoredFromVersion?: number;
    };
    CheckDocumentDto: {
      /** @description Contenido escrito y aún no guardado, que se revisa en lugar de la versión guardada; su forma por tipo en GET /api/document-kinds/{kind}/schema */
      content?: {
        [key: string]: unknown;
      };
    };
    CompletenessProblemResponse: {
      /**
       * @description Dónde está el problema: la clase de documento y el campo, como los nombra la API
       * @example work-programme.measures[0].year
       */
      path: string;
      /**
       * @description Clase del documento donde está el problema (puede ser otro documento del mismo envío)
       * @example work-programme
       * @enum {string}
       */
      kind:
        | 'strategic-definitions'
        | 'diagnostic'
        | 'plan'
        | 'work-programme'
        | 'evaluation'
        | 'follow-up-programme'
        | 'management-review'
        | 'dissemination'
        | 'standardisation';
      /**
       * @description El campo, con sus nombres en español
       * @example Medidas › M-1 › Año
       */
      label: string;
      /**
       * @description Qué falta, en español
       * @example Falta el año de la medida «M-1».
       */
      message: string;
    };
    DocumentCheckResponse: {
      /**
       * @description Si el envío a aprobación no encontraría nada pendiente
       * @example false
       */
      complete: boolean;
      /** @description Lo que falta antes de enviar a aprobación (vacío si está completo) */
      problems: components['schemas']['CompletenessProblemResponse'][];
    };
    RegisterEntryDto: {
      /** @description Contenido del documento; su forma por tipo en GET /api/document-kinds/{kind}/schema */
      content: {
        [key: string]: unknown;
      };
    };
    RegisterEntryResponse: {
      /**
       * Format: uuid
       * @description Identificador de la entrada
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Clase de registro
       * @example activity-record
       * @enum {string}
       */
      kind: 'activity-record' | 'progress-report';
      /**
       * @description Estado: una entrada queda registrada
       * @example registered
       */
      status: string;
      /**
       * @description Versión registrada
       * @example 1
       */
      version: number;
      /**
       * @description SHA-256 del contenido registrado
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * Format: uuid
       * @description Quién la registró
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      authorId: string;
      /**
       * @description Nombre de quien la registró
       * @example María González Soto
       */
      authorName: string | null;
      /**
       * Format: date-time
       * @description Cuándo se registró
       * @example 2027-03-15T14:30:00.000Z
       */
      createdAt: string;
      /**
       * @description Contenido de la entrada, según el esquema de su clase
       * @example {
       *       "activityId": "A-3",
       *       "date": "2027-06-14"
       *     }
       */
      content: {
        [key: string]: unknown;
      };
    };
    RegisterPageResponse: {
      /**
       * @description Cuántas entradas tiene el registro
       * @example 1
       */
      total: number;
      /** @description Las entradas de esta página, de la más antigua a la más reciente */
      items: components['schemas']['RegisterEntryResponse'][];
      /**
       * @description Si quien consulta puede registrar entradas ahora (durante la implementación, con su rol)
       * @example true
       */
      editable: boolean;
    };
    HistoryDocumentResponse: {
      /**
       * @description Clase de documento
       * @example diagnostic
       */
      kind: string;
      /**
       * @description Versión
       * @example 2
       */
      version: number;
      /**
       * @description SHA-256 de esa versión
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
      /**
       * Format: uuid
       * @description Identificador del documento (entradas de registros)
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      documentId?: string;
      /**
       * @description Versión anterior cuyo contenido restauró este guardado
       * @example 2
       */
      restoredFromVersion?: number;
    };
    HistoryObservationResponse: {
      /**
       * Format: uuid
       * @description Identificador de la observación
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Clase de documento
       * @example diagnostic
       */
      kind?: string;
      /**
       * @description Versión revisada
       * @example 2
       */
      version?: number;
      /**
       * @description Lugar en el documento
       * @example inequities/INQ-3/gap
       */
      path?: string;
      /**
       * @description Elemento observado
       * @example INQ-3
       */
      itemId?: string | null;
      /**
       * @description Texto de la observación
       * @example La brecha no indica la fuente.
       */
      text?: string;
      /**
       * @description Estado tras una respuesta
       * @example addressed
       */
      status?: string;
    };
    HistoryEntryResponse: {
      /**
       * Format: uuid
       * @description Identificador de la entrada
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      id: string;
      /**
       * @description Número de orden en el ciclo, desde 1
       * @example 4
       */
      seq: number;
      /**
       * @description Qué ocurrió (acción o movimiento)
       * @example SUBMIT
       */
      type: string;
      /**
       * Format: uuid
       * @description Quién actuó
       * @example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7e
       */
      actorId: string | null;
      /**
       * @description Su nombre en ese momento
       * @example María González Soto
       */
      actorName: string | null;
      /**
       * @description Sus roles en ese momento
       * @example [
       *       "gender_officer"
       *     ]
       */
      actorRoles: string[];
      /**
       * @description Estado anterior
       * @example diagnostic.draft
       */
      stateBefore: string | null;
      /**
       * @description Estado resultante
       * @example diagnostic.submitted
       */
      stateAfter: string;
      /**
       * @description Comentario
       * @example null
       */
      comment: string | null;
      /** @description Versiones de documentos que cubre */
      documents: components['schemas']['HistoryDocumentResponse'][];
      /** @description Observaciones sobre elementos (devolución, denegación o respuesta); null si no tiene */
      observations: components['schemas']['HistoryObservationResponse'][] | null;
      /**
       * Format: date-time
       * @description Cuándo (ISO 8601 con milisegundos, tal como se firmó)
       * @example 2027-03-15T14:30:00.000Z
       */
      at: string;
      /**
       * @description SHA-256 de la entrada anterior (ceros en la primera)
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      prevHash: string;
      /**
       * @description SHA-256 de esta entrada y la anterior
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      hash: string;
    };
    ChainVerificationResponse: {
      /**
       * @description Si la cadena está íntegra
       * @example true
       */
      valid: boolean;
      /**
       * @description Cuántas entradas se verificaron
       * @example 12
       */
      entries: number;
      /**
       * @description La primera entrada alterada (número de orden), si la hay
       * @example 7
       */
      firstBrokenEntry?: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Sesión iniciada: el token de acceso y quién lo recibió */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Demasiados intentos; intente nuevamente en unos minutos */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_openSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Sesión iniciada: la cookie de sesión viene en Set-Cookie */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Demasiados intentos; intente nuevamente en unos minutos */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_closeSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sesión cerrada */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Quién inició sesión y sus roles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Contraseña cambiada; las demás sesiones se cerraron */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description Cuántos elementos entregar como máximo */
        limit?: number;
        /** @description Cuántos elementos saltar desde el comienzo de la lista */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Una página de las personas registradas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserListResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description La persona creada */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description La persona tras el cambio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los servicios que quien consulta puede ver */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgencyDto'];
      };
    };
    responses: {
      /** @description El servicio creado */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El servicio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Las personas del servicio y sus roles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyMemberWithPersonResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      /** @description La membresía creada */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyMemberResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
        membershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La membresía se quitó */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_listExperts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Las expertas y expertos SERNAM asignados al servicio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignedExpertResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_assignExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignExpertDto'];
      };
    };
    responses: {
      /** @description La asignación realizada */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpertAssignmentResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AgenciesController_unassignExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La asignación se quitó */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CyclesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los ciclos del servicio, el más reciente primero */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleListItemResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CyclesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCycleDto'];
      };
    };
    responses: {
      /** @description El ciclo creado */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDetailResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CyclesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El ciclo, sus documentos y lo que quien consulta puede hacer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDetailResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CyclesController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CycleEventDto'];
      };
    };
    responses: {
      /** @description El ciclo después de la acción */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDetailResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_list: {
    parameters: {
      query?: {
        /** @description Cuántos elementos entregar como máximo */
        limit?: number;
        /** @description Cuántos elementos saltar desde el comienzo de la lista */
        offset?: number;
        /** @description Solo los ciclos de este servicio */
        agencyId?: string;
        /** @description Solo los ciclos en esta etapa */
        stage?:
          | 'strategicDefinitions'
          | 'diagnostic'
          | 'planning'
          | 'implementation'
          | 'evaluation'
          | 'followUp'
          | 'dissemination'
          | 'standardisation';
        /** @description true: solo lo que tiene su plazo vencido */
        overdue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Lo que espera a quien consulta, con conteos para los filtros */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los registros del ciclo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        recordId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El PDF del registro; su SHA-256 viene en X-Content-SHA256 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El expediente del ciclo: un ZIP con sus registros y medios de verificación (a lo más 250 MB), enviado a medida que se arma */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Ocupado o sin base de datos por un momento: intente nuevamente después de los segundos que indica Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_attachToActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        documentId: string;
      };
      cookie?: never;
    };
    /** @description Un archivo PDF, Word (.docx), Excel (.xlsx), texto OpenDocument (.odt), imagen PNG o imagen JPEG, de hasta 20 MB; los medios de verificación de un ciclo suman a lo más 250 MB (si no cabe: 413 CYCLE_EVIDENCE_FULL) */
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description El archivo que se adjunta
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description El medio de verificación adjuntado */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceFileResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Demasiado grande: un archivo sobre su máximo, o sin espacio en el ciclo para medios de verificación */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El contenido no es de un tipo admitido */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_attachToProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        documentId: string;
      };
      cookie?: never;
    };
    /** @description Un archivo PDF, Word (.docx), Excel (.xlsx), texto OpenDocument (.odt), imagen PNG o imagen JPEG, de hasta 20 MB; los medios de verificación de un ciclo suman a lo más 250 MB (si no cabe: 413 CYCLE_EVIDENCE_FULL) */
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description El archivo que se adjunta
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description El medio de verificación adjuntado */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceFileResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Demasiado grande: un archivo sobre su máximo, o sin espacio en el ciclo para medios de verificación */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El contenido no es de un tipo admitido */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_listEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los medios de verificación del ciclo, del más antiguo al más reciente */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceFileResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  RecordsController_downloadEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El archivo tal como se adjuntó, en su tipo de contenido */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.oasis.opendocument.text': string;
          'image/png': string;
          'image/jpeg': string;
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  VerifyController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Si el código es de un registro emitido y, si lo es, de cuál (nunca su contenido) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ObservationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Las observaciones sobre elementos de los documentos del ciclo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationListResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ObservationsController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        observationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerObservationDto'];
      };
    };
    responses: {
      /** @description La observación con su respuesta */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los indicadores del servicio, por código */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        agencyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndicatorDto'];
      };
    };
    responses: {
      /** @description El indicador registrado */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        indicatorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El indicador con sus mediciones y sus brechas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDetailResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        indicatorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMeasurementDto'];
      };
    };
    responses: {
      /** @description La medición registrada, con sus brechas y el avance hacia la meta */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeasurementResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IndicatorsController_prefill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los resultados de los indicadores del plan para la evaluación, ya calculados */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorResultsResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CommitmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los compromisos del Programa de Seguimiento vigente y su avance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentListResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CommitmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commitmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCommitmentDto'];
      };
    };
    responses: {
      /** @description El compromiso tras el cambio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CommitmentsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        commitmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los cambios del compromiso, del primero al último */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentChangeResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeadlinesController_calendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los plazos del año, comunes a todos los servicios */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeadlinesController_setCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCalendarDto'];
      };
    };
    responses: {
      /** @description Los plazos del año tras reemplazarlos */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeadlinesController_forCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los plazos del ciclo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDeadlinesResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeadlinesController_setForCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCycleDeadlinesDto'];
      };
    };
    responses: {
      /** @description Los plazos del ciclo tras el cambio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleDeadlinesResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description Cuántos elementos entregar como máximo */
        limit?: number;
        /** @description Cuántos elementos saltar desde el comienzo de la lista */
        offset?: number;
        /** @description true: solo las notificaciones sin leer */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Las notificaciones de quien consulta */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationListResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsController_markAllRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Todas las notificaciones de quien consulta, ya leídas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkAllReadResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        notificationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La notificación, ya leída */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OverviewController_read: {
    parameters: {
      query?: {
        /** @description Año de los ciclos a mostrar; sin él, los de todos los años */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Dónde está cada servicio en su ciclo, con sus atrasos y avances */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverviewResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  OverviewController_export: {
    parameters: {
      query?: {
        /** @description Año de los ciclos a mostrar; sin él, los de todos los años */
        year?: number;
        /** @description Separador de columnas del CSV: punto y coma (Excel en español, por omisión) o coma */
        delimiter?: 'semicolon' | 'comma';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El mismo panorama como planilla CSV (UTF-8 con BOM, una fila por servicio y año), para Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentKindsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Los tipos de documento, en el orden del ciclo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentKindResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentKindsController_schema: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation'
          | 'activity-record'
          | 'progress-report';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El JSON Schema del contenido de ese tipo de documento */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentKindSchemaResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentStartsController_evaluationPrefill: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El contenido propuesto y lo que no se pudo completar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationPrefillResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentStartsController_previous: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La versión visada del año anterior, con su contenido */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreviousYearDocumentResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La API y sus dependencias responden */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description Alguna dependencia no responde: error dice cuál */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthFailureResponse'];
        };
      };
    };
  };
  DocumentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El documento con su versión vigente */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveDocumentDto'];
      };
    };
    responses: {
      /** @description El documento con la versión recién guardada */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_getVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation';
        /** @description Número de versión */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Una versión guardada, tal como quedó */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentVersionResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_check: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
        /** @description Clase de documento */
        kind:
          | 'strategic-definitions'
          | 'diagnostic'
          | 'plan'
          | 'work-programme'
          | 'evaluation'
          | 'follow-up-programme'
          | 'management-review'
          | 'dissemination'
          | 'standardisation';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckDocumentDto'];
      };
    };
    responses: {
      /** @description Lo que falta antes de enviar a aprobación */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentCheckResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_listActivities: {
    parameters: {
      query?: {
        /** @description Cuántos elementos entregar como máximo */
        limit?: number;
        /** @description Cuántos elementos saltar desde el comienzo de la lista */
        offset?: number;
      };
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Una página del registro de actividades, de la más antigua a la más reciente */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterPageResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_recordActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterEntryDto'];
      };
    };
    responses: {
      /** @description La entrada registrada: una actividad realizada */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterEntryResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_listProgress: {
    parameters: {
      query?: {
        /** @description Cuántos elementos entregar como máximo */
        limit?: number;
        /** @description Cuántos elementos saltar desde el comienzo de la lista */
        offset?: number;
      };
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Una página de los informes de avance, de la más antigua a la más reciente */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterPageResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DocumentsController_reportProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterEntryDto'];
      };
    };
    responses: {
      /** @description La entrada registrada: un informe de avance */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterEntryResponse'];
        };
      };
      /** @description Solicitud inválida: los campos con problemas se indican en fields */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Conflicto con el estado actual, por ejemplo otra persona actuó antes */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description La solicitud no puede procesarse, por ejemplo un documento incompleto o una contraseña incorrecta */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HistoryController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description El historial del ciclo, de la primera a la última entrada */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryEntryResponse'][];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HistoryController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cycleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Si la cadena de auditoría del ciclo está íntegra */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationResponse'];
        };
      };
      /** @description Sin sesión iniciada, o la sesión venció */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Sin permiso para esta acción en este servicio */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description El recurso indicado no existe */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
